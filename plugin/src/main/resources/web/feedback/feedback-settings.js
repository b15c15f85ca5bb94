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

  /** The field a 400 names: for radio buttons the chosen one, so the focus lands where the choice is. */
  function named(form, name) {
    var selector = '[name="' + name.replace(/["\\]/g, "") + '"]';
    return form.querySelector(selector + ":checked") || form.querySelector(selector);
  }

  /** Takes away an earlier attempt's errors, and their ids from the fields' descriptions. */
  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll(".hallway-field-error"), function (error) {
      Array.prototype.forEach.call(form.querySelectorAll("[aria-describedby]"), function (field) {
        var ids = field.getAttribute("aria-describedby").split(" ").filter(function (id) { return id && id !== error.id; });
        if (ids.length) {
          field.setAttribute("aria-describedby", ids.join(" "));
        } else {
          field.removeAttribute("aria-describedby");
        }
      });
      error.parentNode.removeChild(error);
    });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (f) { f.removeAttribute("aria-invalid"); });
  }

  /**
   * The message next to the field it is about, announced at once (role=alert) and read out with the field
   * (aria-describedby), and the focus on the field, so whoever saved can fix it without looking for it.
   */
  function showFieldError(field, message) {
    var error = document.createElement("div");
    error.className = "error hallway-field-error";
    error.id = (field.id || field.name) + "-error";
    error.setAttribute("role", "alert");
    error.textContent = message;
    var holder = field.type === "radio" ? field.closest("fieldset") : field.closest(".field-group, .checkbox");
    (holder || field.parentNode).appendChild(error);
    var described = field.getAttribute("aria-describedby");
    field.setAttribute("aria-describedby", described ? described + " " + error.id : error.id);
    field.setAttribute("aria-invalid", "true");
    field.focus();
  }

  /** A space's page says whether the panel shows there now; the answer to a save says what is in effect. */
  function showEffect(form, json) {
    var effect = form.querySelector("[data-hallway-effect]");
    if (effect && typeof json.panelInEffect === "boolean") {
      effect.textContent = effect.getAttribute(json.panelInEffect ? "data-msg-on" : "data-msg-off");
    }
  }

  function init(form) {
    var status = form.querySelector(".hallway-form-status");
    // The server checks every field and answers in the viewer's language, next to the field; the browser's own
    // range bubbles would speak the browser's language and never reach the page, so the script handles it all.
    form.noValidate = true;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      // aria-disabled, not disabled: disabling the focused button would drop the keyboard focus to the page.
      if (button.getAttribute("aria-disabled") === "true") {
        return;
      }
      button.setAttribute("aria-disabled", "true");
      status.textContent = "";
      clearErrors(form);
      fetch(base() + form.getAttribute("data-hallway-settings"), {
        method: "PUT",
        credentials: "same-origin",
        headers: { "Accept": "application/json", "Content-Type": "application/json", "X-Atlassian-Token": "no-check" },
        body: JSON.stringify(values(form))
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (!response.ok) {
            var message = json.message || form.getAttribute("data-msg-error");
            var field = json.field && named(form, json.field);
            if (field) {
              showFieldError(field, message);
            } else {
              status.textContent = message;
            }
            return;
          }
          status.textContent = form.getAttribute("data-msg-saved");
          showEffect(form, json);
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
