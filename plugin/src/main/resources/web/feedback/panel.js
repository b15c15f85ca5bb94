/*
 * The Hallway feedback panel under a page: the form, the list (sort, more), support, edit and withdraw, and
 * HR's answer. New items are clones of the blank item panel.vm renders into a <template>. Needs
 * feedback-core.js and reactions.js.
 */
(function () {
  "use strict";

  var H = window.HallwayFeedback;
  var api = H.api;
  var announce = H.announce;
  var enc = H.enc;
  var fillParts = H.fillParts;
  var fixPaths = H.fixPaths;
  var format = H.format;
  var msg = H.msg;
  var updateBar = H.updateBar;

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
    if (card.mine) {
      li.querySelector(".hallway-item-own").hidden = false;
      li.querySelector(".hallway-edit-form textarea").value = card.text;
    } else {
      li.querySelector(".hallway-item-own").remove();
      li.querySelector(".hallway-edit-form").remove();
    }
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
      counter.textContent = format(msg(panel, "count"), [Array.from(textarea.value).length, Number(panel.getAttribute("data-max-length"))]);
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
      if (H.isBusy(submit)) {
        return;
      }
      H.busy(submit, true);
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
        .then(function () { H.busy(submit, false); });
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
        if (support.disabled || H.isBusy(support)) {
          return;
        }
        H.busy(support, true);
        api(on ? "PUT" : "DELETE", "/feedback/items/" + enc(id) + "/vote").then(function (state) {
          support.setAttribute("aria-pressed", state.supported ? "true" : "false");
          support.querySelector(".hallway-support-count").textContent = state.support;
          announce(panel, format(msg(panel, "support-live"), [state.support]));
        }).catch(function (error) { itemError(li, error, panel); }).then(function () { H.busy(support, false); });
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

  H.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll("section.hallway-feedback"), initPanel);
  });
})();
