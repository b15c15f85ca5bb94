/*
 * Hallway's opinion-leader report page (HR and administrators). Reads the report through REST, draws the
 * table, the distribution and trend charts (inline SVG, no external library) and the drill-down, and follows
 * a background computation with a progress bar. Text from the server is only ever set as textContent.
 */
(function () {
  'use strict';
  if (window.hallwayLeadersReport) { return; }
  window.hallwayLeadersReport = true;

  var SVG = 'http://www.w3.org/2000/svg';
  var PAGE = 50;
  var LEVELS = ['TOP_1', 'TOP_5', 'TOP_10', 'TOP_25', 'TOP_50', 'LOWER_HALF', 'NO_ENDORSEMENTS', 'ABSENT'];

  function init() {
    var root = document.getElementById('hallway-leaders');
    if (!root) { return; }
    var rest = root.getAttribute('data-rest');
    var context = root.getAttribute('data-context') || '';
    var messages = JSON.parse(root.getAttribute('data-messages') || '{}');
    var el = function (id) { return document.getElementById('hallway-leaders-' + id); };
    var state = { period: null, group: '', cursor: null, polling: null, lastFocus: null, shown: [] };

    function t(key) {
      var args = Array.prototype.slice.call(arguments, 1);
      var text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
      return text.replace(/\{(\d+)\}/g, function (match, index) {
        return args[+index] === undefined || args[+index] === null ? match : String(args[+index]);
      });
    }

    function node(tag, attributes, children) {
      var element = document.createElement(tag);
      Object.keys(attributes || {}).forEach(function (name) {
        if (name === 'text') { element.textContent = attributes[name]; } else { element.setAttribute(name, attributes[name]); }
      });
      (children || []).forEach(function (child) { if (child) { element.appendChild(child); } });
      return element;
    }

    function svg(tag, attributes, children) {
      var element = document.createElementNS(SVG, tag);
      Object.keys(attributes || {}).forEach(function (name) {
        if (name === 'text') { element.textContent = attributes[name]; } else { element.setAttribute(name, attributes[name]); }
      });
      (children || []).forEach(function (child) { if (child) { element.appendChild(child); } });
      return element;
    }

    function clear(element) { while (element.firstChild) { element.removeChild(element.firstChild); } }

    function percent(share) { return t('hallway.leaders.percent', Math.round(share * 100)); }

    /** A REST call; X-Atlassian-Token lets Confluence's XSRF check pass the ones that change something. */
    function request(method, path, body) {
      var headers = { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' };
      var options = { method: method, credentials: 'same-origin', headers: headers };
      if (body !== undefined) {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body);
      }
      return fetch(rest + path, options).then(function (response) {
        return response.text().then(function (text) {
          var data = null;
          try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
          if (!response.ok) {
            var error = new Error(data && data.message ? data.message : t('hallway.leaders.error.generic'));
            error.status = response.status;
            throw error;
          }
          return data;
        });
      });
    }

    function query(extra) {
      var parts = [];
      if (state.period) { parts.push('from=' + encodeURIComponent(state.period.from), 'to=' + encodeURIComponent(state.period.to)); }
      if (state.group) { parts.push('group=' + encodeURIComponent(state.group)); }
      Object.keys(extra || {}).forEach(function (name) {
        if (extra[name] !== null && extra[name] !== undefined) { parts.push(name + '=' + encodeURIComponent(extra[name])); }
      });
      return parts.length ? '?' + parts.join('&') : '';
    }

    function say(text, isError) {
      var status = el('status');
      status.textContent = text || '';
      status.className = 'hallway-leaders-status' + (isError ? ' hallway-leaders-error' : '');
    }

    /* ---- the form ---- */

    function readForm() {
      var from = el('from').value;
      var to = el('to').value;
      state.group = el('group').value;
      state.period = from && to ? { from: from, to: to } : null;
    }

    function applyPreset() {
      var months = el('preset').value;
      if (months === 'custom') { return; }
      var to = new Date(el('to').getAttribute('max') + 'T00:00:00');
      var from = new Date(to.getTime());
      from.setMonth(from.getMonth() - Number(months));
      from.setDate(from.getDate() + 1);
      el('from').value = from.toISOString().slice(0, 10);
      el('to').value = el('to').getAttribute('max');
    }

    el('preset').addEventListener('change', applyPreset);
    ['from', 'to'].forEach(function (id) { el(id).addEventListener('change', function () { el('preset').value = 'custom'; }); });
    el('filters').addEventListener('submit', function (event) {
      event.preventDefault();
      readForm();
      load();
    });
    el('compute').addEventListener('click', function () {
      readForm();
      compute();
    });
    el('empty-compute').addEventListener('click', function () {
      readForm();
      compute();
    });
    el('more').addEventListener('click', function () { loadPage(false); });

    /* ---- loading the report ---- */

    function load() {
      state.cursor = null;
      closeDetail(false);
      return loadPage(true);
    }

    function loadPage(fresh) {
      say('');
      return request('GET', '/leaders' + query({ limit: PAGE, cursor: fresh ? null : state.cursor }))
        .then(function (listing) { show(listing, fresh); })
        .catch(function (error) {
          if (error.status === 404) { empty(error.message); } else { say(error.message, true); }
        });
    }

    function empty(message) {
      el('report').hidden = true;
      el('empty').hidden = false;
      el('empty-text').textContent = message;
    }

    function show(listing, fresh) {
      el('empty').hidden = true;
      el('report').hidden = false;
      if (fresh) {
        state.period = listing.period;
        state.shown = [];
        if (el('from').value !== listing.period.from || el('to').value !== listing.period.to) {
          el('from').value = listing.period.from;
          el('to').value = listing.period.to;
          el('preset').value = 'custom';
        }
        departmentChoices(listing.departmentGroups, listing.group || '');
        summary(listing);
        retention(listing.retentionCut);
        distribution(listing);
        departments(listing);
        exports();
        clear(el('table').tBodies[0]);
      }
      listing.leaders.forEach(function (row) {
        state.shown.push(row);
        el('table').tBodies[0].appendChild(leaderRow(row));
      });
      state.cursor = listing.nextCursor;
      el('more').hidden = !listing.nextCursor;
      el('none').hidden = listing.total > 0;
      el('none').textContent = t('hallway.leaders.empty.no-leaders');
      el('table').hidden = listing.total === 0;
      trendChart(state.shown);
    }

    function summary(listing) {
      var population = listing.population;
      var computed = new Date(listing.computedAt).toLocaleString(document.documentElement.lang || undefined);
      var text = population.suppressed
        ? t('hallway.leaders.summary.suppressed', listing.period.from, listing.period.to, computed)
        : t('hallway.leaders.summary.line', population.people, listing.total, listing.period.from, listing.period.to,
          computed, listing.previousPeriod.from, listing.previousPeriod.to);
      el('summary').textContent = text;
      el('scope').textContent = listing.group ? t('hallway.leaders.summary.group', listing.group) : '';
    }

    /** Says so when retention had deleted part of the period, or of the one its trend compares with. */
    function retention(cut) {
      el('retention').hidden = !cut;
      el('retention-text').textContent = cut ? t('hallway.leaders.retention.' + cut.cut, longDate(cut.firstDayKept), cut.retentionMonths) : '';
    }

    /** An ISO date in words, in the page's language: "12 March 2023". */
    function longDate(iso) {
      var parts = iso.split('-');
      var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
      return date.toLocaleDateString(document.documentElement.lang || undefined,
        { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    }

    /** The department filter offers the groups the shown report was computed with. */
    function departmentChoices(groups, selected) {
      var select = el('group');
      var all = select.options[0];
      clear(select);
      select.appendChild(all);
      groups.forEach(function (group) {
        select.appendChild(node('option', { value: group, text: group }));
      });
      select.value = selected;
    }

    function exports() {
      el('csv').setAttribute('href', rest + '/leaders' + query({ format: 'csv' }));
      el('json').setAttribute('href', rest + '/leaders' + query({ format: 'json', limit: 500 }));
    }

    function lozenge(band) {
      var kind = band === 'TOP_1' ? ' aui-lozenge-success' : band === 'TOP_5' ? ' aui-lozenge-current' : '';
      return node('span', { 'class': 'aui-lozenge' + kind, text: t('hallway.leaders.band.' + band) });
    }

    function leaderRow(row) {
      var why = node('button', { type: 'button', 'class': 'aui-button aui-button-link hallway-leaders-why',
        'aria-label': t('hallway.leaders.why.label', row.name), text: row.name });
      why.addEventListener('click', function () { openDetail(row, why); });
      var flags = node('td', {}, row.flags.map(function (flag) {
        return node('span', { 'class': 'aui-lozenge aui-lozenge-moved hallway-leaders-flag', title: t('hallway.leaders.flag.' + flag + '.explain'),
          text: t('hallway.leaders.flag.' + flag) });
      }));
      return node('tr', {}, [
        node('th', { scope: 'row' }, [why]),
        node('td', { text: row.department || t('hallway.leaders.department.none') }),
        node('td', {}, [lozenge(row.band)]),
        node('td', {}, [miniTrend(row), node('span', { 'class': 'hallway-leaders-trend-text',
          text: t('hallway.leaders.trend.' + row.trend) })]),
        node('td', { 'class': 'hallway-leaders-number', text: String(row.distinctEndorsers) }),
        node('td', { 'class': 'hallway-leaders-number', text: String(row.endorserDepartments) }),
        node('td', { 'class': 'hallway-leaders-number', text: percent(row.stability) }),
        flags
      ]);
    }

    /* ---- charts ---- */

    function distribution(listing) {
      var holder = el('distribution');
      clear(holder);
      var bins = listing.distribution;
      if (!bins.length) {
        holder.appendChild(node('p', { text: t('hallway.leaders.chart.distribution.empty') }));
        return;
      }
      var width = 420, height = 200, left = 10, bottom = 40, top = 14;
      var max = Math.max.apply(null, bins.map(function (bin) { return bin.people || 0; }).concat([1]));
      var barWidth = (width - left - 10) / bins.length;
      var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': 'hallway-leaders-distribution-title',
        'class': 'hallway-leaders-chart' });
      chart.appendChild(svg('title', { id: 'hallway-leaders-distribution-title', text: el('distribution-caption').textContent }));
      chart.appendChild(svg('line', { x1: left, y1: height - bottom, x2: width - 5, y2: height - bottom, 'class': 'hallway-leaders-axis' }));
      var table = node('table', { 'class': 'assistive' }, [node('caption', { text: el('distribution-caption').textContent })]);
      bins.forEach(function (bin, index) {
        var label = bin.to === null ? t('hallway.leaders.chart.distribution.last', bin.from)
          : t('hallway.leaders.chart.distribution.bar', bin.from, bin.to);
        var value = bin.suppressed ? t('hallway.leaders.suppressed') : String(bin.people);
        var barHeight = bin.suppressed ? 4 : (height - bottom - top) * (bin.people / max);
        var x = left + index * barWidth + 3;
        chart.appendChild(svg('rect', { x: x, y: height - bottom - barHeight, width: barWidth - 6, height: Math.max(barHeight, 1),
          'class': bin.suppressed ? 'hallway-leaders-bar-suppressed' : 'hallway-leaders-bar-shown' },
          [svg('title', { text: label + ' ' + t('hallway.leaders.chart.distribution.axis') + ': ' + value })]));
        chart.appendChild(svg('text', { x: x + (barWidth - 6) / 2, y: height - bottom - barHeight - 3, 'text-anchor': 'middle',
          'class': 'hallway-leaders-chart-value', text: bin.suppressed ? '<5' : String(bin.people) }));
        chart.appendChild(svg('text', { x: x + (barWidth - 6) / 2, y: height - bottom + 14, 'text-anchor': 'middle',
          'class': 'hallway-leaders-chart-label', text: label }));
        if (index === 0) {
          chart.appendChild(svg('text', { x: width / 2, y: height - 6, 'text-anchor': 'middle', 'class': 'hallway-leaders-chart-label',
            text: t('hallway.leaders.chart.distribution.axis') }));
        }
        table.appendChild(node('tr', {}, [node('th', { scope: 'row', text: label }), node('td', { text: value })]));
      });
      holder.appendChild(chart);
      holder.appendChild(table);
    }

    function level(standing) { return Math.max(0, LEVELS.indexOf(standing)); }

    function miniTrend(row) {
      var y = function (standing) { return 3 + level(standing) * 2.5; };
      var chart = svg('svg', { viewBox: '0 0 40 24', width: 40, height: 24, 'aria-hidden': 'true', 'class': 'hallway-leaders-mini ' +
        'hallway-leaders-' + row.trend.toLowerCase() });
      chart.appendChild(svg('line', { x1: 6, y1: y(row.previousStanding), x2: 34, y2: y(row.standing) }));
      chart.appendChild(svg('circle', { cx: 6, cy: y(row.previousStanding), r: 2.5, 'class': 'hallway-leaders-before' }));
      chart.appendChild(svg('circle', { cx: 34, cy: y(row.standing), r: 3 }));
      return chart;
    }

    function trendChart(rows) {
      var holder = el('trend');
      clear(holder);
      if (!rows.length) { return; }
      var width = 420, height = 220, left = 130, right = 290, top = 16, step = (height - 40) / (LEVELS.length - 1);
      var y = function (standing) { return top + level(standing) * step; };
      var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': 'hallway-leaders-trend-title',
        'class': 'hallway-leaders-chart' });
      chart.appendChild(svg('title', { id: 'hallway-leaders-trend-title', text: el('trend-caption').textContent }));
      LEVELS.forEach(function (standing) {
        chart.appendChild(svg('text', { x: left - 8, y: y(standing) + 4, 'text-anchor': 'end', 'class': 'hallway-leaders-chart-label',
          text: t('hallway.leaders.standing.' + standing) }));
        chart.appendChild(svg('line', { x1: left, y1: y(standing), x2: right, y2: y(standing), 'class': 'hallway-leaders-grid' }));
      });
      chart.appendChild(svg('text', { x: left, y: height - 4, 'text-anchor': 'middle', 'class': 'hallway-leaders-chart-label',
        text: t('hallway.leaders.chart.trend.before') }));
      chart.appendChild(svg('text', { x: right, y: height - 4, 'text-anchor': 'middle', 'class': 'hallway-leaders-chart-label',
        text: t('hallway.leaders.chart.trend.now') }));
      var table = node('table', { 'class': 'assistive' }, [node('caption', { text: el('trend-caption').textContent })]);
      rows.forEach(function (row, index) {
        var jitter = (index % 7 - 3) * 1.2;
        var label = t('hallway.leaders.chart.trend.label', row.name, t('hallway.leaders.standing.' + row.previousStanding),
          t('hallway.leaders.standing.' + row.standing));
        chart.appendChild(svg('line', { x1: left, y1: y(row.previousStanding) + jitter, x2: right, y2: y(row.standing) + jitter,
          'class': 'hallway-leaders-slope hallway-leaders-' + row.trend.toLowerCase() }, [svg('title', { text: label })]));
        table.appendChild(node('tr', {}, [node('th', { scope: 'row', text: row.name }),
          node('td', { text: t('hallway.leaders.standing.' + row.previousStanding) }),
          node('td', { text: t('hallway.leaders.standing.' + row.standing) })]));
      });
      holder.appendChild(chart);
      holder.appendChild(table);
    }

    function departments(listing) {
      var body = el('departments').tBodies[0];
      clear(body);
      listing.departments.forEach(function (row) {
        var name = row.group === null ? t('hallway.leaders.department.none') : row.group;
        var cells = row.suppressed
          ? [node('td', { colspan: '6', 'class': 'hallway-leaders-suppressed', text: t('hallway.leaders.suppressed') })]
          : [row.people, row.leaders, row.top1, row.top5, row.rising, row.falling].map(function (value) {
            return node('td', { 'class': 'hallway-leaders-number', text: String(value) });
          });
        body.appendChild(node('tr', {}, [node('th', { scope: 'row', text: name })].concat(cells)));
      });
    }

    /* ---- the drill-down ---- */

    function openDetail(row, opener) {
      state.lastFocus = opener;
      var detail = el('detail');
      request('GET', '/leaders/people/' + encodeURIComponent(row.userKey) + query())
        .then(function (person) { renderDetail(person); detail.hidden = false; detail.focus(); })
        .catch(function (error) { say(error.message, true); });
    }

    function closeDetail(restoreFocus) {
      var detail = el('detail');
      detail.hidden = true;
      clear(detail);
      if (restoreFocus && state.lastFocus) { state.lastFocus.focus(); }
    }

    function renderDetail(person) {
      var detail = el('detail');
      clear(detail);
      var close = node('button', { type: 'button', 'class': 'aui-button hallway-leaders-close', text: t('hallway.leaders.detail.close') });
      close.addEventListener('click', function () { closeDetail(true); });
      detail.appendChild(node('div', { 'class': 'hallway-leaders-detail-header' }, [
        node('h3', { id: 'hallway-leaders-detail-title', text: t('hallway.leaders.detail.title', person.name) }), close]));
      var gates = person.failedGates.map(function (gate) { return t('hallway.leaders.gate.' + gate); }).join(', ');
      detail.appendChild(node('p', {}, [lozenge(person.band), document.createTextNode(' ' + (person.leader
        ? t('hallway.leaders.detail.leader') : t('hallway.leaders.detail.not-leader', gates)))]));
      detail.appendChild(node('p', { text: t('hallway.leaders.detail.endorsers', person.distinctEndorsers, person.endorserDepartments) }));
      detail.appendChild(node('p', { text: t('hallway.leaders.detail.stability', Math.round(person.stability * person.resamples), person.resamples) }));
      detail.appendChild(node('p', { text: t('hallway.leaders.detail.trend', t('hallway.leaders.standing.' + person.previousStanding),
        t('hallway.leaders.standing.' + person.standing), t('hallway.leaders.trend.' + person.trend)) }));
      detail.appendChild(node('h4', { text: t('hallway.leaders.detail.contributions') }));
      detail.appendChild(node('p', { 'class': 'hallway-leaders-hint', text: t('hallway.leaders.detail.contributions.explain') }));
      detail.appendChild(contributions(person));
      detail.appendChild(node('h4', { text: t('hallway.leaders.detail.content') }));
      detail.appendChild(person.topContent.length ? node('ol', {}, person.topContent.map(function (item) {
        return node('li', {}, [node('a', { href: context + '/pages/viewpage.action?pageId=' + encodeURIComponent(item.contentId), text: item.title }),
          document.createTextNode(' — ' + percent(item.share) + ' · ' + item.kinds.map(function (kind) {
            return t('hallway.leaders.kind.' + kind);
          }).join(', '))]);
      })) : node('p', { text: t('hallway.leaders.detail.no-content') }));
      detail.appendChild(node('h4', { text: t('hallway.leaders.detail.flags') }));
      detail.appendChild(person.flags.length ? node('ul', {}, person.flags.map(function (flag) {
        return node('li', {}, [node('strong', { text: t('hallway.leaders.flag.' + flag) + ': ' }),
          document.createTextNode(t('hallway.leaders.flag.' + flag + '.explain'))]);
      })) : node('p', { text: t('hallway.leaders.detail.no-flags') }));
    }

    function contributions(person) {
      var parts = person.contributions.map(function (part) { return { label: t('hallway.leaders.kind.' + part.kind), share: part.share }; });
      parts.push({ label: t('hallway.leaders.kind.baseline'), share: person.baselineShare, baseline: true });
      var chart = svg('svg', { viewBox: '0 0 400 24', 'class': 'hallway-leaders-chart hallway-leaders-stack', 'aria-hidden': 'true' });
      var x = 0;
      parts.forEach(function (part, index) {
        var width = Math.max(0, part.share * 400);
        chart.appendChild(svg('rect', { x: x, y: 0, width: width, height: 24, 'class': part.baseline ? 'hallway-leaders-baseline'
          : 'hallway-leaders-kind-' + (index % 6) }, [svg('title', { text: part.label + ': ' + percent(part.share) })]));
        x += width;
      });
      var list = node('ul', { 'class': 'hallway-leaders-legend' }, parts.map(function (part, index) {
        return node('li', {}, [node('span', { 'class': 'hallway-leaders-swatch ' + (part.baseline ? 'hallway-leaders-baseline'
          : 'hallway-leaders-kind-' + (index % 6)), 'aria-hidden': 'true' }), document.createTextNode(part.label + ': ' + percent(part.share))]);
      }));
      return node('div', {}, [chart, list]);
    }

    el('detail').addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { closeDetail(true); }
    });

    /* ---- computing ---- */

    function compute() {
      say('');
      var body = state.period ? { from: state.period.from, to: state.period.to } : {};
      request('POST', '/leaders/computations', body)
        .then(follow)
        .catch(function (error) { say(error.message, true); });
    }

    function follow(run) {
      progress(run);
      if (run.state === 'QUEUED' || run.state === 'RUNNING') {
        if (run.stalled) { return; }
        clearTimeout(state.polling);
        state.polling = setTimeout(function () {
          request('GET', '/leaders/computations/' + run.id).then(follow).catch(function (error) { say(error.message, true); });
        }, 1500);
      } else if (run.state === 'DONE') {
        state.period = run.period;
        el('from').value = run.period.from;
        el('to').value = run.period.to;
        load().then(function () { say(t('hallway.leaders.status.done', run.period.from, run.period.to)); });
      }
    }

    function progress(run) {
      var box = el('progress');
      var bar = box.querySelector('[role=progressbar]');
      var active = run.state === 'QUEUED' || run.state === 'RUNNING';
      box.hidden = !active;
      bar.setAttribute('aria-valuenow', String(run.percent));
      bar.firstElementChild.style.width = run.percent + '%';
      var stage = t('hallway.leaders.stage.' + run.stage);
      el('progress-label').textContent = run.state === 'QUEUED'
        ? t('hallway.leaders.status.queued', run.period.from, run.period.to)
        : t('hallway.leaders.status.running', run.period.from, run.period.to, run.percent, stage);
      if (run.stalled) {
        say(t('hallway.leaders.status.stalled'), true);
      } else if (run.state === 'FAILED') {
        say(run.failure === 'stopped' ? t('hallway.leaders.status.stopped') : run.failure === 'stalled'
          ? t('hallway.leaders.status.stalled') : t('hallway.leaders.status.failed', run.failure || ''), true);
      }
    }

    /* ---- start ---- */

    request('GET', '/leaders/computations/latest')
      .then(function (run) { if (run.state === 'QUEUED' || run.state === 'RUNNING') { follow(run); } })
      .catch(function () { /* nothing computed yet: the report below says so */ });
    load();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
