/*
 * Hallway's privacy page: an employee's own data in Hallway (the opinion-leader report, the feedback panel and
 * polls, announcements), the objection button and erasure. Talks JSON to /rest/hallway/1.0/privacy/me; text from the server is only set as textContent.
 */
(function () {
  'use strict';
  if (window.hallwayPrivacyPage) { return; }
  window.hallwayPrivacyPage = true;

  function init() {
    var root = document.getElementById('hallway-privacy');
    if (!root) { return; }
    var rest = root.getAttribute('data-rest');
    var messages = JSON.parse(root.getAttribute('data-messages') || '{}');
    var el = function (id) { return document.getElementById('hallway-privacy-' + id); };
    var objected = false;

    function t(key) {
      var args = Array.prototype.slice.call(arguments, 1);
      var text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
      return text.replace(/\{(\d+)\}/g, function (match, index) {
        return args[+index] === undefined || args[+index] === null ? match : String(args[+index]);
      });
    }

    function node(tag, text, className) {
      var element = document.createElement(tag);
      if (text !== undefined) { element.textContent = text; }
      if (className) { element.className = className; }
      return element;
    }

    /** A REST call; X-Atlassian-Token lets Confluence's XSRF check pass the ones that change something. */
    function request(method, body) {
      var headers = { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' };
      var options = { method: method, credentials: 'same-origin', headers: headers };
      if (body !== undefined) {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body);
      }
      return fetch(rest + '/privacy/me' + (method === 'PUT' ? '/opt-out' : ''), options).then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) { throw new Error(data && data.message ? data.message : t('hallway.leaders.error.generic')); }
          return data;
        });
      });
    }

    /** The person's standing: included or objected. */
    function state(text) {
      el('status').textContent = text;
    }

    /** What the last action did, or why it failed. */
    function say(text, isError) {
      var feedback = el('feedback');
      feedback.textContent = text;
      feedback.className = 'hallway-privacy-feedback' + (isError ? ' hallway-leaders-error' : '');
    }

    function show(data) {
      objected = data.objected;
      var date = data.objectedAt ? new Date(data.objectedAt).toLocaleDateString(document.documentElement.lang || undefined) : '';
      state(objected ? t('hallway.privacy.status.objected', date) : t('hallway.privacy.status.included'));
      var toggle = el('toggle');
      toggle.textContent = objected ? t('hallway.privacy.withdraw') : t('hallway.privacy.object');
      toggle.className = 'aui-button' + (objected ? '' : ' aui-button-primary');
      toggle.disabled = false;
      var summary = el('summary');
      while (summary.firstChild) { summary.removeChild(summary.firstChild); }
      if (!data.given.length && !data.received.length) {
        summary.appendChild(node('p', t('hallway.privacy.nothing')));
      } else {
        summary.appendChild(counts(t('hallway.privacy.given'), data.given));
        summary.appendChild(counts(t('hallway.privacy.received'), data.received));
      }
      if (data.feedback) {
        var feedback = data.feedback;
        var summaryLine = node('p', t('hallway.privacy.feedback.summary', feedback.items.length,
          feedback.reactions.filter(function (r) { return r.current; }).length,
          feedback.support.filter(function (s) { return s.current; }).length, feedback.pollVotes.length));
        summary.appendChild(summaryLine);
        summary.appendChild(node('p', feedback.anonymous, 'hallway-leaders-hint'));
      }
      if (data.announcements) {
        var announcements = data.announcements;
        summary.appendChild(node('p', t('hallway.privacy.announcements.summary', announcements.acknowledgements.length,
          announcements.reminders.length)));
        summary.appendChild(node('p', announcements.acknowledgementsKept, 'hallway-leaders-hint'));
      }
      var report = data.latestReport;
      summary.appendChild(node('p', !report ? t('hallway.privacy.report.none')
        : t('hallway.privacy.report.included', report.period.from, report.period.to, t('hallway.leaders.band.' + report.band),
          report.leader ? t('hallway.privacy.report.leader') : t('hallway.privacy.report.not-leader'))));
    }

    function counts(title, list) {
      var table = node('table', undefined, 'aui hallway-privacy-counts');
      table.appendChild(node('caption', title));
      var body = node('tbody');
      list.forEach(function (count) {
        var row = node('tr');
        var head = node('th', t('hallway.privacy.type.' + count.type));
        head.setAttribute('scope', 'row');
        row.appendChild(head);
        row.appendChild(node('td', String(count.count), 'hallway-leaders-number'));
        body.appendChild(row);
      });
      table.appendChild(body);
      return table;
    }

    function load() {
      return request('GET').then(show).catch(function (error) { say(error.message, true); });
    }

    el('toggle').addEventListener('click', function () {
      var toggle = el('toggle');
      if (toggle.getAttribute('aria-disabled') === 'true') { return; }
      var wanted = !objected;
      // aria-disabled while it waits, not disabled: disabling the focused button throws the focus to the top of the page.
      toggle.setAttribute('aria-disabled', 'true');
      request('PUT', { optOut: wanted })
        .then(function () { return load(); })
        .then(function () { say(wanted ? t('hallway.privacy.objected.done') : t('hallway.privacy.withdrawn.done')); })
        .catch(function (error) { say(error.message, true); })
        .then(function () { toggle.removeAttribute('aria-disabled'); });
    });

    el('erase').addEventListener('click', function () {
      el('erase-confirm').hidden = false;
      el('erase-no').focus();
    });
    el('erase-no').addEventListener('click', function () {
      el('erase-confirm').hidden = true;
      el('erase').focus();
    });
    el('erase-yes').addEventListener('click', function () {
      request('DELETE')
        .then(function (result) {
          el('erase-confirm').hidden = true;
          return load().then(function () { say(t('hallway.privacy.erase.done', result.erased)); });
        })
        .catch(function (error) { say(error.message, true); });
    });
    el('erase-confirm').addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { el('erase-confirm').hidden = true; el('erase').focus(); }
    });

    load();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
