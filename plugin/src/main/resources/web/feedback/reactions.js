/*
 * Hallway reactions: toggling (aria-pressed buttons), who reacted (a tooltip on hover and focus, Escape hides
 * it), and bars that load themselves ([data-hallway-load], e.g. under an announcement). Needs feedback-core.js.
 */
(function () {
  "use strict";

  var H = window.HallwayFeedback;
  var api = H.api;
  var announce = H.announce;
  var enc = H.enc;
  var format = H.format;
  var messages = H.messages;
  var msg = H.msg;

  function updateBar(bar, state) {
    (state.reactions || []).forEach(function (r) {
      var button = bar.querySelector('.hallway-reaction[data-reaction="' + cssEscape(r.reaction) + '"]');
      if (button) {
        button.setAttribute("aria-pressed", r.mine ? "true" : "false");
        button.querySelector(".hallway-reaction-count").textContent = r.count;
      }
    });
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/["\\]/g, "\\$&");
  }

  function buildBar(bar, state) {
    var label = bar.getAttribute("data-label") || "";
    bar.textContent = "";
    (state.reactions || []).forEach(function (r) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "aui-button hallway-reaction";
      button.setAttribute("data-reaction", r.reaction);
      var emoji = document.createElement("span");
      emoji.className = "hallway-reaction-emoji";
      emoji.setAttribute("aria-hidden", "true");
      emoji.textContent = r.reaction;
      var hidden = document.createElement("span");
      hidden.className = "assistive hallway-assistive";
      hidden.textContent = label + " " + r.reaction + ",";
      var count = document.createElement("span");
      count.className = "hallway-reaction-count";
      button.appendChild(emoji);
      button.appendChild(hidden);
      button.appendChild(document.createTextNode(" "));
      button.appendChild(count);
      bar.appendChild(button);
    });
    updateBar(bar, state);
  }

  /*
   * Who reacted, per "contentId|reaction", and a generation that a toggle bumps: an answer that was on its way
   * while the toggle changed the list is stale, and is neither cached nor shown.
   */
  var whoCache = {};
  var whoGeneration = {};

  function forgetWho(key) {
    delete whoCache[key];
    whoGeneration[key] = (whoGeneration[key] || 0) + 1;
  }

  /** The tooltip belongs on screen only while the pointer is over its button or the button has the focus. */
  function wanted(button) {
    return button.matches(":hover") || document.activeElement === button;
  }

  function toggleReaction(button) {
    var bar = button.closest(".hallway-reactions");
    var contentId = bar.getAttribute("data-content-id");
    var reaction = button.getAttribute("data-reaction");
    var on = button.getAttribute("aria-pressed") !== "true";
    if (H.isBusy(button)) {
      return;
    }
    H.busy(button, true);
    api(on ? "PUT" : "DELETE", "/reactions/" + enc(contentId) + "/" + enc(reaction)).then(function (state) {
      button.setAttribute("aria-pressed", state.mine ? "true" : "false");
      button.querySelector(".hallway-reaction-count").textContent = state.count;
      forgetWho(contentId + "|" + reaction);
      if (wanted(button)) {
        showWho(button);
      }
      announce(button, format(msg(messages(button), "reaction-live"), [reaction, state.count]));
    }).catch(function (error) {
      announce(button, error.message || msg(messages(button), "error"));
    }).then(function () {
      H.busy(button, false);
    });
  }

  function showWho(button) {
    var bar = button.closest(".hallway-reactions");
    var contentId = bar.getAttribute("data-content-id");
    var reaction = button.getAttribute("data-reaction");
    var key = contentId + "|" + reaction;
    var tip = tooltipFor(button);
    var root = messages(button);
    var render = function (names) {
      if (!wanted(button)) {
        return;
      }
      var count = parseInt(button.querySelector(".hallway-reaction-count").textContent, 10) || 0;
      if (!names.length) {
        tip.textContent = msg(root, "nobody");
      } else if (count > names.length) {
        tip.textContent = format(msg(root, "reacted"), [format(msg(root, "reacted-more"), [names.join(", "), count - names.length])]);
      } else {
        tip.textContent = format(msg(root, "reacted"), [names.join(", ")]);
      }
      tip.hidden = false;
    };
    if (whoCache[key]) {
      render(whoCache[key]);
      return;
    }
    var generation = whoGeneration[key] || 0;
    api("GET", "/reactions/" + enc(contentId) + "/" + enc(reaction) + "?limit=10").then(function (json) {
      if ((whoGeneration[key] || 0) !== generation) {
        if (wanted(button)) {
          showWho(button);
        }
        return;
      }
      whoCache[key] = json.people || [];
      render(whoCache[key]);
    }).catch(function () { /* the tooltip is a nicety; the count is already on the button */ });
  }

  var tipSequence = 0;

  function tooltipFor(button) {
    var id = button.getAttribute("aria-describedby");
    var tip = id ? document.getElementById(id) : null;
    if (!tip) {
      tip = document.createElement("span");
      tip.id = "hallway-who-" + (++tipSequence);
      tip.className = "hallway-who";
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      button.parentNode.insertBefore(tip, button.nextSibling);
      button.setAttribute("aria-describedby", tip.id);
    }
    return tip;
  }

  function hideWho(button) {
    var id = button.getAttribute("aria-describedby");
    var tip = id ? document.getElementById(id) : null;
    if (tip) {
      tip.hidden = true;
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".hallway-reaction");
    if (button) {
      toggleReaction(button);
    }
  });
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var button = event.target.closest && event.target.closest(".hallway-reaction");
      if (button && !(event.relatedTarget && button.contains(event.relatedTarget))) {
        showWho(button);
      }
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var button = event.target.closest && event.target.closest(".hallway-reaction");
      if (button && !(event.relatedTarget && button.contains(event.relatedTarget))) {
        hideWho(button);
      }
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      Array.prototype.forEach.call(document.querySelectorAll(".hallway-who"), function (tip) { tip.hidden = true; });
    }
  });

  H.updateBar = updateBar;

  H.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll(".hallway-reactions[data-hallway-load]"), function (bar) {
      api("GET", "/reactions/" + enc(bar.getAttribute("data-content-id"))).then(function (state) { buildBar(bar, state); })
        .catch(function () { bar.hidden = true; });
    });
  });
})();
