/*
 * Hallway feedback panel, reactions and polls. Progressive enhancement of what panel.vm and poll.vm render:
 * every control is a real button or form; this script sends them to the REST API as JSON and updates the
 * page in place. Text people wrote is only ever set with textContent; links are built as <a> elements from
 * the server's checked http(s) parts. User-visible strings come from data-msg-* attributes the templates
 * fill from the i18n bundles, so they are in the reader's language.
 */
(function () {
  "use strict";

  var REST = "/rest/hallway/1.0";

  function base() {
    return window.AJS && typeof AJS.contextPath === "function" ? AJS.contextPath() : "";
  }

  function format(pattern, args) {
    return String(pattern || "").replace(/\{(\d+)\}/g, function (whole, i) {
      return args[i] === undefined ? whole : String(args[i]);
    });
  }

  function api(method, path, body) {
    var headers = { "Accept": "application/json", "X-Atlassian-Token": "no-check" };
    var init = { method: method, headers: headers, credentials: "same-origin" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(base() + REST + path, init).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          var error = new Error(json && json.message ? json.message : "");
          error.field = json && json.field;
          throw error;
        }
        return json;
      });
    });
  }

  function enc(value) {
    return encodeURIComponent(String(value));
  }

  function msg(root, name) {
    return root ? root.getAttribute("data-msg-" + name) || "" : "";
  }

  function fixPaths(scope) {
    Array.prototype.forEach.call(scope.querySelectorAll("[data-hallway-path]"), function (link) {
      link.setAttribute("href", base() + link.getAttribute("data-hallway-path"));
    });
  }

  /** Fills an element with text parts: plain runs as text nodes, checked links as <a>. */
  function fillParts(element, parts) {
    element.textContent = "";
    (parts || []).forEach(function (part) {
      if (part.href) {
        var a = document.createElement("a");
        a.href = part.href;
        a.rel = "nofollow noopener noreferrer";
        a.target = "_blank";
        a.textContent = part.text;
        element.appendChild(a);
      } else {
        element.appendChild(document.createTextNode(part.text));
      }
    });
  }

  function liveRegion(near) {
    var panel = near && near.closest ? near.closest(".hallway-feedback") : null;
    var region = panel ? panel.querySelector("[data-hallway-live]") : document.getElementById("hallway-live");
    if (!region) {
      region = document.createElement("div");
      region.id = "hallway-live";
      region.className = "assistive hallway-assistive";
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    return region;
  }

  function announce(near, text) {
    var region = liveRegion(near);
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function messages(near) {
    return (near && near.closest && near.closest("[data-msg-error]")) || document.querySelector(".hallway-feedback");
  }

  /* ---------- Reactions (the page's, feedback items', and any [data-hallway-load] bar) ---------- */

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

  var whoCache = {};

  function toggleReaction(button) {
    var bar = button.closest(".hallway-reactions");
    var contentId = bar.getAttribute("data-content-id");
    var reaction = button.getAttribute("data-reaction");
    var on = button.getAttribute("aria-pressed") !== "true";
    button.disabled = true;
    api(on ? "PUT" : "DELETE", "/reactions/" + enc(contentId) + "/" + enc(reaction)).then(function (state) {
      button.setAttribute("aria-pressed", state.mine ? "true" : "false");
      button.querySelector(".hallway-reaction-count").textContent = state.count;
      delete whoCache[contentId + "|" + reaction];
      announce(button, format(msg(messages(button), "reaction-live"), [reaction, state.count]));
    }).catch(function (error) {
      announce(button, error.message || msg(messages(button), "error"));
    }).then(function () {
      button.disabled = false;
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
    api("GET", "/reactions/" + enc(contentId) + "/" + enc(reaction) + "?limit=10").then(function (json) {
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

  /* ---------- The feedback panel ---------- */

  function renderItem(panel, card) {
    var template = panel.querySelector("template[data-hallway-item-template]");
    var li = template.content.querySelector("li").cloneNode(true);
    li.id = "hallway-feedback-" + card.id;
    li.setAttribute("data-item-id", card.id);
    li.setAttribute("data-content-id", card.contentId);
    li.setAttribute("data-status", card.status);
    Array.prototype.forEach.call(li.querySelectorAll("[id], [for]"), function (element) {
      ["id", "for"].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value && /-0$/.test(value)) {
          element.setAttribute(name, value.replace(/-0$/, "-" + card.id));
        }
      });
    });
    var author = li.querySelector(".hallway-item-author");
    author.textContent = card.anonymous ? author.getAttribute("data-anonymous-label") : card.authorName;
    var time = li.querySelector(".hallway-item-time");
    time.setAttribute("datetime", card.created);
    time.textContent = card.createdLabel;
    li.querySelector(".hallway-item-edited").hidden = !card.edited;
    var status = li.querySelector(".hallway-status");
    status.className = "aui-lozenge hallway-status hallway-status-" + card.status;
    status.textContent = card.statusLabel;
    fillParts(li.querySelector(".hallway-item-text"), card.textParts);
    li.querySelector(".hallway-item-response").hidden = !card.response;
    li.querySelector(".hallway-item-responder").textContent = card.responderName || "";
    fillParts(li.querySelector(".hallway-item-response-text"), card.responseParts);
    var support = li.querySelector(".hallway-support");
    support.setAttribute("aria-pressed", card.supported ? "true" : "false");
    support.disabled = !card.canSupport;
    support.querySelector(".hallway-support-count").textContent = card.support;
    var bar = li.querySelector(".hallway-reactions");
    bar.setAttribute("data-content-id", card.contentId);
    updateBar(bar, card.reactions || { reactions: [] });
    li.querySelector(".hallway-item-own").hidden = !card.mine;
    li.querySelector(".hallway-edit-form textarea").value = card.text;
    var select = li.querySelector(".hallway-answer-form select");
    if (select) {
      select.value = card.status;
      li.querySelector(".hallway-answer-form textarea").value = card.response || "";
    }
    return li;
  }

  function setTotal(panel, total) {
    var list = panel.querySelector("[data-hallway-items]");
    list.setAttribute("data-total", total);
    panel.querySelector("[data-hallway-total]").textContent = format(msg(panel, "total"), [total]);
    panel.querySelector("[data-hallway-empty]").hidden = total > 0;
  }

  function total(panel) {
    return parseInt(panel.querySelector("[data-hallway-items]").getAttribute("data-total"), 10) || 0;
  }

  function showList(panel, json, append) {
    var list = panel.querySelector("[data-hallway-items]");
    if (!append) {
      list.textContent = "";
    }
    json.items.forEach(function (card) { list.appendChild(renderItem(panel, card)); });
    var more = panel.querySelector("[data-hallway-more]");
    more.hidden = !json.nextCursor;
    more.setAttribute("data-cursor", json.nextCursor || "");
    if (json.total >= 0) {
      setTotal(panel, json.total);
    }
  }

  function loadList(panel, append) {
    var sort = panel.querySelector("[data-hallway-sort]").value;
    var cursor = append ? panel.querySelector("[data-hallway-more]").getAttribute("data-cursor") : "";
    var path = "/feedback/" + enc(panel.getAttribute("data-content-id")) + "?sort=" + enc(sort) + (cursor ? "&cursor=" + enc(cursor) : "");
    return api("GET", path).then(function (json) { showList(panel, json, append); });
  }

  function updateCounter(panel) {
    var textarea = panel.querySelector(".hallway-feedback-form textarea");
    var counter = panel.querySelector("[data-hallway-counter]");
    if (textarea && counter) {
      counter.textContent = format(msg(panel, "count"), [Array.from(textarea.value).length, panel.getAttribute("data-max-length")]);
    }
  }

  function itemError(li, error, panel) {
    var target = li.querySelector(".hallway-item-error");
    target.textContent = error.message || msg(panel, "error");
  }

  function initPanel(panel) {
    fixPaths(panel);
    var form = panel.querySelector(".hallway-feedback-form");
    var textarea = form.querySelector("textarea");
    var formError = form.querySelector(".hallway-form-error");
    textarea.addEventListener("input", function () { updateCounter(panel); });
    updateCounter(panel);

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var anonymousBox = form.querySelector('input[name="anonymous"]');
      var anonymous = !!(anonymousBox && anonymousBox.checked);
      var submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      formError.textContent = "";
      api("POST", "/feedback/" + enc(panel.getAttribute("data-content-id")), { text: textarea.value, anonymous: anonymous })
        .then(function (card) {
          var list = panel.querySelector("[data-hallway-items]");
          list.insertBefore(renderItem(panel, card), list.firstChild);
          setTotal(panel, total(panel) + 1);
          textarea.value = "";
          if (anonymousBox) {
            anonymousBox.checked = false;
          }
          updateCounter(panel);
          announce(panel, msg(panel, anonymous ? "posted-anonymously" : "posted"));
        })
        .catch(function (error) {
          formError.textContent = error.message || msg(panel, "error");
          textarea.focus();
        })
        .then(function () { submit.disabled = false; });
    });

    panel.querySelector("[data-hallway-sort]").addEventListener("change", function () {
      loadList(panel, false).catch(function (error) { announce(panel, error.message || msg(panel, "error")); });
    });
    panel.querySelector("[data-hallway-more]").addEventListener("click", function () {
      loadList(panel, true).catch(function (error) { announce(panel, error.message || msg(panel, "error")); });
    });

    var list = panel.querySelector("[data-hallway-items]");
    list.addEventListener("click", function (event) {
      var li = event.target.closest(".hallway-feedback-item");
      if (!li) {
        return;
      }
      var id = li.getAttribute("data-item-id");
      var support = event.target.closest(".hallway-support");
      if (support) {
        var on = support.getAttribute("aria-pressed") !== "true";
        support.disabled = true;
        api(on ? "PUT" : "DELETE", "/feedback/items/" + enc(id) + "/vote").then(function (state) {
          support.setAttribute("aria-pressed", state.supported ? "true" : "false");
          support.querySelector(".hallway-support-count").textContent = state.support;
          announce(panel, format(msg(panel, "support-live"), [state.support]));
        }).catch(function (error) { itemError(li, error, panel); }).then(function () { support.disabled = false; });
      } else if (event.target.closest(".hallway-edit")) {
        var editButton = event.target.closest(".hallway-edit");
        var editForm = li.querySelector(".hallway-edit-form");
        editForm.hidden = false;
        li.querySelector(".hallway-item-text").hidden = true;
        editButton.setAttribute("aria-expanded", "true");
        editForm.querySelector("textarea").focus();
      } else if (event.target.closest(".hallway-edit-cancel")) {
        closeEdit(li);
        li.querySelector(".hallway-edit").focus();
      } else if (event.target.closest(".hallway-withdraw")) {
        if (!window.confirm(msg(panel, "confirm-withdraw"))) {
          return;
        }
        api("DELETE", "/feedback/items/" + enc(id)).then(function () {
          li.parentNode.removeChild(li);
          setTotal(panel, Math.max(0, total(panel) - 1));
          announce(panel, msg(panel, "withdrawn"));
          textarea.focus();
        }).catch(function (error) { itemError(li, error, panel); });
      }
    });

    list.addEventListener("submit", function (event) {
      var li = event.target.closest(".hallway-feedback-item");
      var id = li.getAttribute("data-item-id");
      event.preventDefault();
      var request;
      if (event.target.classList.contains("hallway-edit-form")) {
        request = api("PUT", "/feedback/items/" + enc(id), { text: event.target.querySelector("textarea").value });
      } else if (event.target.classList.contains("hallway-answer-form")) {
        request = api("PUT", "/feedback/items/" + enc(id) + "/status", {
          status: event.target.querySelector("select").value,
          response: event.target.querySelector("textarea").value
        });
      } else {
        return;
      }
      request.then(function (card) {
        var replacement = renderItem(panel, card);
        li.parentNode.replaceChild(replacement, li);
        announce(panel, msg(panel, "saved"));
        replacement.querySelector(".hallway-item-text").setAttribute("tabindex", "-1");
        replacement.querySelector(".hallway-item-text").focus();
      }).catch(function (error) { itemError(li, error, panel); });
    });
  }

  function closeEdit(li) {
    li.querySelector(".hallway-edit-form").hidden = true;
    li.querySelector(".hallway-item-text").hidden = false;
    li.querySelector(".hallway-edit").setAttribute("aria-expanded", "false");
  }

  /* ---------- Polls ---------- */

  function renderResults(section, view) {
    var results = section.querySelector("[data-hallway-results]");
    results.textContent = "";
    if (!view.resultsVisible) {
      var p = document.createElement("p");
      p.className = "hallway-poll-hidden";
      p.textContent = view.hiddenMessage || "";
      results.appendChild(p);
      return;
    }
    var ul = document.createElement("ul");
    ul.className = "hallway-poll-bars";
    view.options.forEach(function (option) {
      var li = document.createElement("li");
      li.className = "hallway-poll-result" + (option.chosen ? " hallway-poll-result-mine" : "");
      var text = document.createElement("span");
      text.className = "hallway-poll-result-text";
      text.textContent = option.text;
      var count = document.createElement("span");
      count.className = "hallway-poll-result-count";
      count.textContent = option.votesLabel || "";
      var bar = document.createElement("span");
      bar.className = "hallway-poll-bar";
      bar.setAttribute("aria-hidden", "true");
      var fill = document.createElement("span");
      fill.className = "hallway-poll-bar-fill";
      fill.style.width = (option.percent || 0) + "%";
      bar.appendChild(fill);
      li.appendChild(text);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(count);
      li.appendChild(bar);
      if (option.voterList) {
        var names = document.createElement("span");
        names.className = "hallway-poll-result-names";
        names.textContent = option.voterList;
        li.appendChild(names);
      }
      ul.appendChild(li);
    });
    results.appendChild(ul);
  }

  function initPoll(section) {
    var form = section.querySelector(".hallway-poll-form");
    if (!form || !section.getAttribute("data-poll-id")) {
      return;
    }
    var error = form.querySelector(".hallway-form-error");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = Array.prototype.map.call(form.querySelectorAll('input[name="option"]:checked'), function (input) {
        return input.value;
      });
      var button = form.querySelector("[data-hallway-vote]");
      button.disabled = true;
      error.textContent = "";
      api("POST", "/polls/" + enc(section.getAttribute("data-poll-id")) + "/votes", { options: chosen }).then(function (view) {
        renderResults(section, view);
        section.querySelector("[data-hallway-voters]").textContent = view.votersLabel;
        button.textContent = msg(section, "change");
        announce(section, msg(section, "voted"));
      }).catch(function (e) {
        error.textContent = e.message || msg(section, "error");
      }).then(function () { button.disabled = false; });
    });
  }

  /* ---------- Start ---------- */

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("section.hallway-feedback"), initPanel);
    Array.prototype.forEach.call(document.querySelectorAll("section.hallway-poll"), initPoll);
    Array.prototype.forEach.call(document.querySelectorAll(".hallway-reactions[data-hallway-load]"), function (bar) {
      api("GET", "/reactions/" + enc(bar.getAttribute("data-content-id"))).then(function (state) { buildBar(bar, state); })
        .catch(function () { bar.hidden = true; });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
