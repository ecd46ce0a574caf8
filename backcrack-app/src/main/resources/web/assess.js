// The questionnaire: one form built from the knowledge base, in its order (about you, then warning signs,
// then the sound). Skip logic mirrors the server's Questionnaire: a question is hidden only when its
// ask_if condition is decidedly false, in three-valued logic, so an unanswered question never hides a red flag.
// A yes to a warning sign brings the questions that decide it right after it (adaptive follow-up).
'use strict';
(() => {
  const {api, el, showError} = backcrack;
  const T = 1, F = 0, U = 0.5;  // Kleene logic: and = min, or = max
  let findings = [];

  function evaluate(c, answers) {
    const v = answers[c.finding];
    switch (c.op) {
      case 'equals': return v === undefined ? U : (v === c.value ? T : F);
      case 'one_of': return v === undefined ? U : (c.values.includes(v) ? T : F);
      case '<': return typeof v !== 'number' ? U : (v < c.threshold ? T : F);
      case '<=': return typeof v !== 'number' ? U : (v <= c.threshold ? T : F);
      case '>': return typeof v !== 'number' ? U : (v > c.threshold ? T : F);
      case '>=': return typeof v !== 'number' ? U : (v >= c.threshold ? T : F);
      case 'all': return c.parts.reduce((t, p) => Math.min(t, evaluate(p, answers)), T);
      case 'any': return c.parts.reduce((t, p) => Math.max(t, evaluate(p, answers)), F);
      default: return U;
    }
  }

  function rawAnswers() {
    const answers = {};
    for (const f of findings) {
      if (f.type === 'integer' || f.type === 'number') {
        const input = document.getElementById('q-' + f.id);
        if (input.value.trim() !== '') answers[f.id] = Number(input.value);
      } else {
        const checked = document.querySelector('input[name="q-' + f.id + '"]:checked');
        if (checked && checked.value !== '') {
          answers[f.id] = f.type === 'boolean' ? checked.value === 'true' : checked.value;
        }
      }
    }
    return answers;
  }

  /** Shows and hides questions; returns the answers of the questions that apply. */
  function applySkipLogic() {
    const answers = rawAnswers();
    for (const f of findings) {
      const skip = f.ask_if && evaluate(f.ask_if, answers) === F;
      document.getElementById('f-' + f.id).classList.toggle('hidden', !!skip);
      if (skip) delete answers[f.id];
    }
    return answers;
  }

  function question(f) {
    const helpId = 'help-' + f.id;
    const fs = el('fieldset', {id: 'f-' + f.id, class: f.section === 'red_flags' ? 'red-flag' : null, 'aria-describedby': helpId});
    const legend = el('legend', {}, f.question, f.section === 'red_flags' ? el('span', {class: 'badge', text: 'warning sign'}) : null);
    fs.append(legend);
    if (f.type === 'integer' || f.type === 'number') {
      const label = el('label', {for: 'q-' + f.id}, (f.unit ? 'Number of ' + f.unit : 'Number')
          + ' (' + f.min + ' to ' + f.max + '), or leave empty ');
      fs.append(label, el('input', {type: 'number', id: 'q-' + f.id, name: 'q-' + f.id, min: f.min, max: f.max,
        step: f.type === 'integer' ? '1' : 'any', inputmode: f.type === 'integer' ? 'numeric' : 'decimal'}));
    } else {
      const options = f.type === 'boolean'
        ? [{value: 'true', label: 'Yes'}, {value: 'false', label: 'No'}]
        : f.choices;
      const box = el('div', {class: 'choices'});
      for (const o of [...options, {value: '', label: 'Not answered / not sure'}]) {
        const id = 'q-' + f.id + '-' + (o.value || 'none');
        box.append(el('label', {for: id}, el('input', {type: 'radio', id, name: 'q-' + f.id, value: o.value,
          checked: o.value === ''}), o.label));
      }
      fs.append(box);
    }
    fs.append(el('details', {id: helpId}, el('summary', {text: 'What does this mean?'}), el('p', {text: f.help})));
    fs.append(el('p', {class: 'field-error', id: 'err-' + f.id, 'aria-live': 'polite'}));
    return fs;
  }

  async function load() {
    const kb = (await api('GET', '/api/v1/knowledge')).body;
    // Findings measured from a recording are filled in by the analyzer, never asked (as in Questionnaire).
    findings = kb.findings.filter(f => !f.from_recording);
    const saved = JSON.parse(sessionStorage.getItem('backcrack.answers') || '{}');
    const container = document.getElementById('questions');
    container.replaceChildren();
    let section = null;
    const titles = {about: 'About you', red_flags: 'Warning signs', pain: 'Pain and other symptoms', sound: 'The sound', history: 'Your history'};
    for (const f of findings) {
      if (f.section !== section) {
        section = f.section;
        container.append(el('h2', {text: titles[section] || section.replace(/_/g, ' ').replace(/^./, c => c.toUpperCase())}));
      }
      container.append(question(f));
    }
    for (const [k, v] of Object.entries(saved)) {
      const f = findings.find(x => x.id === k);
      if (!f) continue;
      if (f.type === 'integer' || f.type === 'number') document.getElementById('q-' + k).value = v;
      else {
        const r = document.getElementById('q-' + k + '-' + String(v));
        if (r) r.checked = true;
      }
    }
    applySkipLogic();
  }

  /**
   * Adaptive follow-up: after a yes to a warning sign, the server names the questions that decide its rules
   * (POST /api/v1/assess/follow-up, the terminal questionnaire's order); those not yet answered move right
   * after the warning sign, marked, so the person is asked rather than guessed about.
   */
  let followUpSeq = 0;
  async function followUp(changed) {
    const fs = changed && changed.closest('fieldset');
    if (!fs || !changed.checked || changed.value === '' || changed.value === 'false' || changed.value === 'none') return;
    const seq = ++followUpSeq;
    const answers = applySkipLogic();
    const ids = (await api('POST', '/api/v1/assess/follow-up', answers)).body.follow_up;
    if (seq !== followUpSeq) return;
    let after = fs;
    for (const id of ids) {
      const target = document.getElementById('f-' + id);
      if (!target || target === fs || id in answers || target.classList.contains('follow-up')) continue;
      target.classList.add('follow-up');
      target.querySelector('legend').prepend(el('span', {class: 'badge follow-up-badge',
        text: 'Asked because of your yes above'}));
      after.after(target);
      after = target;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('questionnaire');
    form.addEventListener('change', ev => {
      applySkipLogic();
      followUp(ev.target).catch(err => showError(document.getElementById('errors'), err));
    });
    form.addEventListener('input', applySkipLogic);
    form.addEventListener('reset', () => setTimeout(() => {
      sessionStorage.removeItem('backcrack.answers');
      applySkipLogic();
    }, 0));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      document.querySelectorAll('.field-error').forEach(e => { e.textContent = ''; });
      document.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
      document.getElementById('errors').replaceChildren();
      const answers = applySkipLogic();
      sessionStorage.setItem('backcrack.answers', JSON.stringify(answers));
      try {
        const report = (await api('POST', '/api/v1/assess', answers)).body;
        sessionStorage.setItem('backcrack.report', JSON.stringify(report));
        location.href = '/result.html';
      } catch (err) {
        showError(document.getElementById('errors'), err);
        const target = err.field && document.getElementById('err-' + err.field);
        if (target) {
          target.textContent = err.message;
          const input = document.getElementById('q-' + err.field);
          if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
        }
      }
    });
    load().catch(err => showError(document.getElementById('errors'), err));
  });
})();
