// The journal: entries with date, region, trigger, sounds by class, pain and the assessment; charts over
// time (Chart.js) of sounds per day by class and of the pain score; edit, delete, export; "Print for my
// clinician" prints the charts and a table of the last four weeks (app.css's @media print).
'use strict';
(() => {
  const {api, el, showError, today, CLASS_LABELS, CLASS_COLOURS} = backcrack;
  const CLASSES = ['cavitation', 'soft_tissue_snap', 'crepitus'];
  let entries = [];
  let labels = {region: {}, trigger: {}};
  let soundsChart = null;
  let painChart = null;

  /** One line for a stored report; a report of an unexpected shape shows a dash, never breaks the page. */
  function summary(a) {
    const title = a && a.triage && typeof a.triage.title === 'string' ? a.triage.title : null;
    if (!title) return '—';
    const m = Array.isArray(a.mechanisms) && a.mechanisms[0] && typeof a.mechanisms[0].name === 'string'
      ? ' — most likely ' + a.mechanisms[0].name.toLowerCase() : '';
    return title + m;
  }

  function byDay() {
    const days = new Map();
    for (const e of entries) {
      const d = days.get(e.date) || {cavitation: 0, soft_tissue_snap: 0, crepitus: 0, pain: []};
      for (const c of CLASSES) d[c] += e.sounds[c];
      if (e.pain !== null) d.pain.push(e.pain);
      days.set(e.date, d);
    }
    // Every day from the first entry to the last, so that the time axis is even and gaps show as gaps.
    const sorted = [...days.keys()].sort();
    if (!sorted.length) return [];
    const out = [];
    for (let d = new Date(sorted[0] + 'T00:00:00Z'); d <= new Date(sorted[sorted.length - 1] + 'T00:00:00Z');
         d.setUTCDate(d.getUTCDate() + 1)) {
      const key = d.toISOString().substring(0, 10);
      out.push([key, days.get(key) || {cavitation: 0, soft_tissue_snap: 0, crepitus: 0, pain: []}]);
    }
    return out;
  }

  function drawCharts() {
    const days = byDay();
    const x = days.map(d => d[0]);
    const soundData = {labels: x, datasets: CLASSES.map(c => ({label: CLASS_LABELS[c], data: days.map(d => d[1][c]),
      backgroundColor: CLASS_COLOURS[c]}))};
    const painData = {labels: x, datasets: [{label: 'Pain (0–10, daily mean)', borderColor: '#a16207',
      backgroundColor: '#a16207', spanGaps: true,
      data: days.map(d => d[1].pain.length ? d[1].pain.reduce((a, b) => a + b, 0) / d[1].pain.length : null)}]};
    const common = {responsive: true, maintainAspectRatio: false, animation: false};
    if (soundsChart) {
      soundsChart.data = soundData;
      soundsChart.update();
      painChart.data = painData;
      painChart.update();
      return;
    }
    soundsChart = new Chart(document.getElementById('sounds-chart'), {type: 'bar', data: soundData,
      options: {...common, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true, ticks: {precision: 0},
        title: {display: true, text: 'sounds'}}}}});
    painChart = new Chart(document.getElementById('pain-chart'), {type: 'line', data: painData,
      options: {...common, scales: {y: {min: 0, max: 10, title: {display: true, text: 'pain'}}}}});
  }

  function row(e) {
    const sounds = CLASSES.filter(c => e.sounds[c] > 0).map(c => e.sounds[c] + ' ' + CLASS_LABELS[c].toLowerCase());
    const a = e.assessment;
    return el('tr', {'data-id': e.id},
      el('td', {text: e.date}),
      el('td', {text: e.region ? (labels.region[e.region] || e.region) : '—'}),
      el('td', {text: e.trigger ? (labels.trigger[e.trigger] || e.trigger) : '—'}),
      el('td', {text: sounds.length ? sounds.join(', ') : 'none'}),
      el('td', {text: e.pain === null ? '—' : e.pain + '/10'}),
      el('td', {text: summary(a)}),
      el('td', {text: e.note || ''}),
      el('td', {}, el('button', {type: 'button', class: 'secondary', 'aria-label': 'Edit entry of ' + e.date,
        onclick: () => edit(e)}, 'Edit'), ' ',
        el('button', {type: 'button', class: 'danger', 'aria-label': 'Delete entry of ' + e.date,
          onclick: () => remove(e)}, 'Delete')));
  }

  /** Days the printed table shows, counted back from the newest entry (as 'backcrack report --journal-export'). */
  const PRINT_DAYS = 28;

  /** The print-only table for a clinician: the last four weeks, one row per entry, newest first. */
  function printTable() {
    const newest = entries.reduce((m, e) => (e.date > m ? e.date : m), '');
    const from = newest ? new Date(Date.parse(newest + 'T00:00:00Z') - (PRINT_DAYS - 1) * 86400000)
      .toISOString().substring(0, 10) : '';
    const rows = [...entries].filter(e => e.date >= from).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .map(e => el('tr', {}, el('td', {text: e.date}),
        ...CLASSES.map(c => el('td', {text: String(e.sounds[c])})),
        el('td', {text: e.pain === null ? '—' : String(e.pain)}),
        el('td', {text: e.assessment && e.assessment.triage && typeof e.assessment.triage.title === 'string'
          ? e.assessment.triage.title : '—'})));
    document.querySelector('#print-entries tbody').replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', {colspan: 6, text: 'No entries yet.'}))]));
    document.getElementById('printed-on').textContent = 'Journal printed on ' + today() + ' from backcrack'
      + (newest ? '; the table shows ' + from + ' to ' + newest + '.' : '.');
  }

  async function refresh() {
    entries = (await api('GET', '/api/v1/journal')).body;
    const tbody = document.querySelector('#entries tbody');
    tbody.replaceChildren(...[...entries].reverse().map(row));
    if (!entries.length) tbody.append(el('tr', {}, el('td', {colspan: 8, text: 'No entries yet.'})));
    printTable();
    drawCharts();
  }

  function value(id) {
    const v = document.getElementById(id).value.trim();
    return v === '' ? null : v;
  }

  function edit(e) {
    document.getElementById('entry-id').value = e.id;
    document.getElementById('date').value = e.date;
    document.getElementById('region').value = e.region || '';
    document.getElementById('trigger').value = e.trigger || '';
    for (const c of CLASSES) document.getElementById(c).value = e.sounds[c];
    document.getElementById('pain').value = e.pain === null ? '' : e.pain;
    document.getElementById('note').value = e.note || '';
    document.getElementById('form-title').textContent = 'Edit the entry of ' + e.date;
    document.getElementById('cancel-edit').classList.remove('hidden');
    document.getElementById('date').focus();
  }

  function resetForm() {
    document.getElementById('entry-form').reset();
    document.getElementById('entry-id').value = '';
    document.getElementById('date').value = today();
    document.getElementById('form-title').textContent = 'Add an entry';
    document.getElementById('cancel-edit').classList.add('hidden');
  }

  async function remove(e) {
    if (!confirm('Delete the entry of ' + e.date + '?')) return;
    try {
      await api('DELETE', '/api/v1/journal/' + encodeURIComponent(e.id));
      await refresh();
    } catch (err) {
      showError(document.getElementById('errors'), err);
    }
  }

  async function save(ev) {
    ev.preventDefault();
    const id = document.getElementById('entry-id').value;
    const old = entries.find(x => x.id === id);
    const pain = value('pain');
    const entry = {date: value('date'), region: value('region'), trigger: value('trigger'),
      sounds: Object.fromEntries(CLASSES.map(c => [c, Number(value(c) || 0)])),
      pain: pain === null ? null : Number(pain), note: value('note'), assessment: old ? old.assessment : null};
    try {
      if (id) await api('PUT', '/api/v1/journal/' + encodeURIComponent(id), entry);
      else await api('POST', '/api/v1/journal', entry);
      document.getElementById('errors').replaceChildren();
      resetForm();
      await refresh();
    } catch (err) {
      showError(document.getElementById('errors'), err);
      const f = err.field && document.getElementById(err.field.replace(/^sounds\./, ''));
      if (f) { f.setAttribute('aria-invalid', 'true'); f.focus(); }
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const errors = document.getElementById('errors');
    try {
      const account = await backcrack.account();
      if (account.mode === 'public' && !account.user) {
        location.href = '/login.html';
        return;
      }
      const kb = (await api('GET', '/api/v1/knowledge')).body;
      for (const key of ['region', 'trigger']) {
        const f = kb.findings.find(x => x.id === key);
        for (const c of (f ? f.choices : [])) {
          labels[key][c.value] = c.label;
          document.getElementById(key).append(el('option', {value: c.value, text: c.label}));
        }
      }
      document.getElementById('date').value = today();
      document.getElementById('print').addEventListener('click', () => window.print());
      // The charts are drawn for the screen's width: redraw them for the page's, and back after printing.
      for (const ev of ['beforeprint', 'afterprint']) {
        window.addEventListener(ev, () => [soundsChart, painChart].forEach(c => c && c.resize()));
      }
      document.getElementById('entry-form').addEventListener('submit', save);
      document.getElementById('cancel-edit').addEventListener('click', resetForm);
      await refresh();
    } catch (err) {
      showError(errors, err);
    }
  });
})();
