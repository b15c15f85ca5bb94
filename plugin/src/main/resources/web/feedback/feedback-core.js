/*
 * Hallway feedback: what the panel, reaction bars and polls share. Every script talks to the REST API with JSON
 * (plus X-Atlassian-Token, so Confluence's XSRF check passes for same-origin calls only), sets text people
 * wrote with textContent only, and takes user-visible strings from data-msg-* attributes the templates fill
 * from the i18n bundles, so they are in the reader's language.
 */
(function () {
  "use strict";

  var REST = "/rest/hallway/1.0";

  function base() {
    return window.AJS && typeof AJS.contextPath === "function" ? AJS.contextPath() : "";
  }

  /** Fills {0}, {1}… ; numbers are written the page's way (2,000 in English, 2.000 in Spanish), as the server writes them. */
  function format(pattern, args) {
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
    return String(pattern || "").replace(/\{(\d+)\}/g, function (whole, i) {
      var arg = args[i];
      if (arg === undefined) {
        return whole;
      }
      return typeof arg === "number" ? numbers.format(arg) : String(arg);
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

  /*
   * A button waiting for the server says so with aria-disabled rather than disabled: disabling the focused button
   * throws the keyboard focus back to the top of the page, and the person loses their place. Callers ignore
   * clicks on a busy button.
   */
  function busy(button, isBusy) {
    if (isBusy) {
      button.setAttribute("aria-disabled", "true");
    } else {
      button.removeAttribute("aria-disabled");
    }
  }

  function isBusy(button) {
    return button.getAttribute("aria-disabled") === "true";
  }

  function onReady(start) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
  }

  window.HallwayFeedback = {
    api: api, announce: announce, busy: busy, enc: enc, isBusy: isBusy, fillParts: fillParts, fixPaths: fixPaths, format: format, messages: messages,
    msg: msg, onReady: onReady
  };
})();
