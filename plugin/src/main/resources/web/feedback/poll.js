/* The hallway-poll macro: votes and shows the results the server allows. Needs feedback-core.js. */
(function () {
  "use strict";

  var H = window.HallwayFeedback;
  var api = H.api;
  var announce = H.announce;
  var enc = H.enc;
  var msg = H.msg;

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
      if (H.isBusy(button)) {
        return;
      }
      H.busy(button, true);
      error.textContent = "";
      api("POST", "/polls/" + enc(section.getAttribute("data-poll-id")) + "/votes", { options: chosen }).then(function (view) {
        renderResults(section, view);
        section.querySelector("[data-hallway-voters]").textContent = view.votersLabel;
        button.textContent = msg(section, "change");
        announce(section, msg(section, "voted"));
      }).catch(function (e) {
        error.textContent = e.message || msg(section, "error");
      }).then(function () { H.busy(button, false); });
    });
  }

  H.onReady(function () {
    Array.prototype.forEach.call(document.querySelectorAll("section.hallway-poll"), initPoll);
  });
})();
