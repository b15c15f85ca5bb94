/* A tiny stand-in for AUI's AJS in the sandbox: what the plugin's scripts call. */
(function () {
  if (window.AJS && window.AJS.I18n) { return; }
  var AJS = window.AJS || {};
  AJS.contextPath = function () { return ""; };
  AJS.I18n = { getText: function (key) { return key; } };
  AJS.toInit = function (fn) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", function () { fn(); }); } else { fn(); }
  };
  AJS.$ = AJS.$ || function (selector) { return document.querySelectorAll(selector); };
  window.AJS = AJS;
})();
