/*
 * Hallway's feedback settings pages (site defaults, a space's choices) and the HR inbox's links. Saves the
 * form as JSON through the REST API, says so in the status region, and puts the focus on the field a 400
 * names. Strings come from data-msg-* attributes the templates fill from the i18n bundles.
 */
(function () {
  "use strict";

  function base() {
    return window.AJS && typeof AJS.contextPath === "function" ? AJS.contextPath() : "";
  }

  function values(form) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name) {
        return;
      }
      if (input.type === "checkbox") {
        body[input.name] = input.checked;
      } else if (input.type === "radio") {
        if (input.checked) {
          body[input.name] = input.value;
        }
      } else if (input.type === "number") {
        body[input.name] = input.value === "" ? null : Number(input.value);
      } else {
        body[input.name] = input.value;
      }
    });
    return body;
  }

  function init(form) {
    var status = form.querySelector(".hallway-form-status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      // aria-disabled, not disabled: disabling the focused button would drop the keyboard focus to the page.
      if (button.getAttribute("aria-disabled") === "true") {
        return;
      }
      button.setAttribute("aria-disabled", "true");
      status.textContent = "";
      fetch(base() + form.getAttribute("data-hallway-settings"), {
        method: "PUT",
        credentials: "same-origin",
        headers: { "Accept": "application/json", "Content-Type": "application/json", "X-Atlassian-Token": "no-check" },
        body: JSON.stringify(values(form))
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            status.textContent = json.message || form.getAttribute("data-msg-error");
            var field = json.field && form.querySelector('[name="' + json.field + '"]');
            if (field) {
              field.setAttribute("aria-invalid", "true");
              field.focus();
            }
            return;
          }
          Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (f) { f.removeAttribute("aria-invalid"); });
          status.textContent = form.getAttribute("data-msg-saved");
        });
      }).catch(function () {
        status.textContent = form.getAttribute("data-msg-error");
      }).then(function () { button.removeAttribute("aria-disabled"); });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-hallway-settings]"), init);
    Array.prototype.forEach.call(document.querySelectorAll(".hallway-inbox [data-hallway-path]"), function (link) {
      link.setAttribute("href", base() + link.getAttribute("data-hallway-path"));
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
