// The result: triage banner with what to do now, mechanisms with probability bars and their "because"
// lines, the answers given, advice; "Print for my clinician" prints it (app.css's @media print). The report is exactly POST /api/v1/assess's (the CLI's --format json).
'use strict';
(() => {
  const {api, el, showError, today} = backcrack;
  const CATEGORY = {act_now: 'Do now', when_to_seek_care: 'When to get help', tell_clinician: 'Tell the clinician',
    reassurance: 'Good to know', exercise: 'Exercise', posture: 'Posture', ergonomics: 'Your desk and work',
    movement_breaks: 'Breaks from sitting', stretching: 'Stretching'};

  function answerText(v) {
    return v === true ? 'yes' : v === false ? 'no' : String(v).replace(/_/g, ' ');
  }

  /** The answer as a person reads it: yes/no, a choice's label, a number with its unit. */
  function answerLabel(f, v) {
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    if (typeof v === 'number') return f && f.unit ? v + ' ' + f.unit : String(v);
    const c = f && (f.choices || []).find(x => x.value === v);
    return c ? c.label : answerText(v);
  }

  /**
   * The answers given, question → answer in the questionnaire's order, and the warning questions left
   * unanswered as "not assessed": on screen and in print, so that the clinician sees what the result rests on.
   */
  function answersTable(report, findings) {
    const given = report.answers || {};
    const byId = new Map(findings.map(f => [f.id, f]));
    const ids = findings.map(f => f.id).filter(id => id in given)
      .concat(Object.keys(given).filter(id => !byId.has(id)).sort());
    const rows = ids.map(id => el('tr', {}, el('td', {text: (byId.get(id) || {question: id}).question}),
      el('td', {text: answerLabel(byId.get(id), given[id])})));
    for (const id of report.triage.not_assessed) {
      rows.push(el('tr', {class: 'not-assessed'}, el('td', {text: (byId.get(id) || {question: id}).question}),
        el('td', {text: 'not assessed'})));
    }
    if (!rows.length) rows.push(el('tr', {}, el('td', {colspan: 2, text: 'No answers were given.'})));
    return el('section', {class: 'card', id: 'answers'}, el('h2', {text: 'Your answers'}),
      report.triage.not_assessed.length ? el('p', {class: 'because', text: 'Warning-sign questions marked "not assessed" '
        + 'were left unanswered: they could not be ruled out.'}) : null,
      el('div', {class: 'table-wrap'}, el('table', {},
        el('thead', {}, el('tr', {}, el('th', {scope: 'col', text: 'Question'}), el('th', {scope: 'col', text: 'Answer'}))),
        el('tbody', {}, rows))));
  }

  function render(report, findings) {
    const q = id => (findings.find(f => f.id === id) || {question: id}).question;
    const t = report.triage;
    const out = [];
    out.push(el('h1', {text: 'Your result'}));
    out.push(el('section', {class: 'triage ' + t.level, id: 'triage', 'aria-labelledby': 'triage-title'},
      el('p', {class: 'print-only level', text: 'Triage: ' + t.level.replace(/_/g, ' ')}),
      el('h2', {id: 'triage-title', text: t.title}), el('p', {text: t.action})));
    if (t.reasons.length) {
      out.push(el('section', {class: 'card', id: 'reasons'}, el('h2', {text: 'Why'}),
        el('ul', {}, t.reasons.map(r => el('li', {}, el('strong', {text: r.title + '. '}), r.message,
          el('div', {class: 'because', text: 'Source: ' + r.source}),
          (r.assumed || []).length ? el('div', {class: 'assumed', text: 'Counted as a warning because you answered yes '
            + 'to a warning sign and left these unanswered: ' + r.assumed.map(q).join(' ')
            + ' Unanswered is taken as "it may be so", never as "no".'}) : null,
          ...(r.would_change || []).map(w => el('div', {class: 'would-change',
            text: 'If ' + w.text + ', this would be: ' + w.title + '.'})))))));
    }
    if (t.not_assessed.length) {
      out.push(el('section', {class: 'notice', id: 'not-assessed'},
        el('h2', {text: 'Not assessed'}),
        el('p', {text: 'These warning-sign questions were left unanswered, so they could not be ruled out. '
          + 'If any of them applies to you, the advice may be more urgent:'}),
        el('ul', {}, t.not_assessed.map(id => el('li', {text: q(id)})))));
    }
    out.push(answersTable(report, findings));
    // As in the terminal report: what makes the sound, then the conditions a clinician would think of.
    const groups = [
      {id: 'mechanisms', kind: 'sound', title: 'What the sound most likely is'},
      {id: 'conditions', kind: 'condition', title: 'What else could be behind it'},
    ];
    for (const g of groups) {
      const mech = el('section', {class: 'card', id: g.id}, el('h2', {text: g.title}));
      for (const m of report.mechanisms.filter(x => x.kind === g.kind)) {
        const pct = Math.round(m.probability * 100);
        const bar = el('span');
        bar.style.width = pct + '%';
        const because = m.evidence.slice(0, 4).map(e => q(e.finding).replace(/\?$/, '') + ': ' + answerText(e.value)
          + (e.weight >= 1 ? ' (points towards it, ×' : ' (points away, ×') + e.weight + ')');
        mech.append(el('div', {class: 'mechanism'},
          el('div', {}, el('strong', {text: m.name}), ' ', pct + '%'),
          el('div', {class: 'bar', role: 'progressbar', 'aria-valuenow': pct, 'aria-valuemin': 0, 'aria-valuemax': 100,
            'aria-label': m.name + ' likelihood'}, bar),
          because.length ? el('p', {class: 'because', text: 'Because of your answers: ' + because.join('; ')}) : null));
      }
      out.push(mech);
    }
    const advice = el('section', {class: 'card', id: 'advice'}, el('h2', {text: 'What helps'}));
    let cat = null;
    let list = null;
    for (const a of report.advice) {
      if (a.category !== cat) {
        cat = a.category;
        advice.append(el('h3', {text: CATEGORY[cat] || cat.replace(/_/g, ' ')}));
        list = el('ul');
        advice.append(list);
      }
      list.append(el('li', {text: a.text}));
    }
    out.push(advice);
    out.push(el('p', {class: 'because', id: 'disclaimer', text: report.disclaimer + ' (knowledge version '
      + report.knowledge_version + ')'}));
    out.push(el('p', {class: 'print-only', id: 'printed-on', text: 'Printed on ' + today() + ' from backcrack, knowledge '
      + 'version ' + report.knowledge_version + '. From the person\'s own answers; no examination.'}));
    document.getElementById('result').replaceChildren(...out);
    document.title = t.title + ': backcrack';
  }

  document.addEventListener('DOMContentLoaded', async () => {
    const errors = document.getElementById('errors');
    document.getElementById('print').addEventListener('click', () => window.print());
    try {
      const kb = (await api('GET', '/api/v1/knowledge')).body;
      let report = JSON.parse(sessionStorage.getItem('backcrack.report') || 'null');
      const answers = JSON.parse(sessionStorage.getItem('backcrack.answers') || 'null');
      if (!report && answers) {
        report = (await api('POST', '/api/v1/assess', answers)).body;
      }
      if (!report) {
        document.getElementById('result').replaceChildren(el('p', {}, 'No answers yet. ',
          el('a', {href: '/assess.html', text: 'Start the questions'}), '.'));
        document.getElementById('save').disabled = true;
        return;
      }
      render(report, kb.findings);
      document.getElementById('save').addEventListener('click', async () => {
        const a = report.answers || {};
        const entry = {date: today(), region: a.region || null, trigger: a.trigger || null, assessment: report,
          sounds: {cavitation: 0, soft_tissue_snap: 0, crepitus: 0}};
        try {
          await api('POST', '/api/v1/journal', entry);
          document.getElementById('saved').replaceChildren('Saved. ', el('a', {href: '/journal.html', text: 'Open your journal'}), '.');
        } catch (err) {
          if (err.status === 401) location.href = '/login.html';
          else showError(errors, err);
        }
      });
    } catch (err) {
      showError(errors, err);
    }
  });
})();
