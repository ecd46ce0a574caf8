// Each mechanism of the seed explained, with a picture and, where it has a sound of its own, a simulated
// recording from the physics model to play.
'use strict';
(() => {
  const {api, el, showError} = backcrack;
  const PICTURES = {cavitation: 'cavitation', soft_tissue_snap: 'snap', stiffness_release: 'stiffness',
    degenerative_crepitus: 'crepitus', disc_or_nerve: 'nerve', ligament_injury: 'ligament', other_serious: 'clinician'};

  async function play(m, button, box) {
    button.disabled = true;
    try {
      const r = await api('POST', '/api/v1/simulate', {scenario: m.sound_class});
      const url = URL.createObjectURL(r.body instanceof Blob ? r.body : new Blob([JSON.stringify(r.body)]));
      const audio = el('audio', {controls: true, src: url, 'aria-label': 'Simulated sound: ' + m.name});
      box.replaceChildren(audio);
      audio.play().catch(() => {});
    } catch (err) {
      box.replaceChildren(el('p', {class: 'notice', text: err.message}));
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    try {
      const kb = (await api('GET', '/api/v1/knowledge')).body;
      const list = document.getElementById('mechanisms');
      list.replaceChildren();
      for (const m of kb.mechanisms) {
        const box = el('div', {class: 'sound'});
        const button = m.sound_class ? el('button', {type: 'button', class: 'secondary'}, 'Play a simulated ' + m.name.toLowerCase()) : null;
        if (button) button.addEventListener('click', () => play(m, button, box));
        list.append(el('article', {class: 'card', id: 'm-' + m.id},
          el('h2', {text: m.name}),
          el('img', {class: 'learn-figure', src: '/img/' + PICTURES[m.id] + '.svg', alt: 'Drawing: ' + m.name.toLowerCase()}),
          el('p', {text: m.explanation}),
          el('p', {}, el('strong', {text: 'What it sounds like: '}), m.sounds_like),
          el('p', {text: m.usually_harmless ? 'Usually harmless on its own.' : 'Worth having checked if it comes with the symptoms the questions ask about.'}),
          button, box));
      }
    } catch (err) {
      showError(document.getElementById('errors'), err);
    }
  });
})();
