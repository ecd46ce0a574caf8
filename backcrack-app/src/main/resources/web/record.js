// Recording in the browser (MediaRecorder, decoded and re-encoded as WAV here) or uploading a WAV; the
// waveform, timeline and spectrogram come from wavesurfer.js, the detected sounds are regions coloured by
// class; clicking a region (or its row) plays it.
'use strict';
(() => {
  const {api, el, showError, today, CLASS_LABELS, CLASS_COLOURS} = backcrack;
  let ws = null;
  let recorder = null;
  let counts = null;

  function status(text) {
    document.getElementById('status').textContent = text;
  }

  function viewer() {
    if (ws) return ws;
    ws = WaveSurfer.create({container: '#waveform', height: 110, waveColor: '#8aa4bd', progressColor: '#1f5f8b',
      normalize: true, plugins: [
        WaveSurfer.regions.create({}),
        WaveSurfer.timeline.create({container: '#timeline'}),
        WaveSurfer.spectrogram.create({container: '#spectrogram', labels: true, height: 128})]});
    ws.on('region-click', (region, e) => { e.stopPropagation(); region.play(); });
    return ws;
  }

  function hex(colour, alpha) {
    const n = parseInt(colour.substring(1), 16);
    return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + alpha + ')';
  }

  async function show(blob, name) {
    const errors = document.getElementById('errors');
    errors.replaceChildren();
    document.getElementById('view').classList.remove('hidden');
    document.getElementById('events').replaceChildren();
    document.getElementById('summary').textContent = '';
    document.getElementById('to-journal').disabled = true;
    document.getElementById('to-assessment').disabled = true;
    const w = viewer();
    w.clearRegions();
    w.loadBlob(blob);
    status('Analysing ' + name + '…');
    try {
      const result = (await api('POST', '/api/v1/analyze', blob, 'audio/wav')).body;
      counts = result.counts;
      const list = document.getElementById('events');
      const add = () => {
        result.events.forEach((e, i) => {
          const region = w.addRegion({start: e.onset, end: Math.max(e.offset, e.onset + 0.01), drag: false,
            resize: false, color: hex(CLASS_COLOURS[e.class] || '#777777', 0.35), attributes: {label: e.class}});
          list.append(el('li', {class: 'legend-' + e.class},
            el('button', {type: 'button', class: 'secondary', 'aria-label': 'Play sound ' + (i + 1),
              onclick: () => region.play()}, '▶'), ' ',
            CLASS_LABELS[e.class] || e.class, ' at ' + e.onset.toFixed(3) + ' s (' + ((e.offset - e.onset) * 1000).toFixed(0) + ' ms)'));
        });
      };
      if (w.isReady) add(); else w.once('ready', add);
      const parts = Object.entries(result.counts).filter(([, n]) => n > 0).map(([c, n]) => n + ' ' + (CLASS_LABELS[c] || c).toLowerCase());
      document.getElementById('summary').textContent = result.events.length
        ? result.events.length + ' sound(s) in ' + result.duration.toFixed(1) + ' s: ' + parts.join(', ') + '.'
        : 'No joint sounds were detected in ' + result.duration.toFixed(1) + ' s.';
      document.getElementById('to-journal').disabled = false;
      document.getElementById('to-assessment').disabled = false;
      status('Done.');
    } catch (err) {
      status('');
      showError(errors, err);
    }
  }

  async function startRecording() {
    const errors = document.getElementById('errors');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({audio: {echoCancellation: false, noiseSuppression: false, autoGainControl: false}});
      const chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = e => chunks.push(e.data);
      recorder.onstop = async () => {
        stream.getTracks().forEach(t => t.stop());
        const ctx = new AudioContext();
        const decoded = await ctx.decodeAudioData(await new Blob(chunks).arrayBuffer());
        await show(wav.encode(decoded), 'the recording');
      };
      recorder.start();
      document.getElementById('record').disabled = true;
      document.getElementById('stop').disabled = false;
      document.getElementById('stop').focus();
      status('Recording… make the movement, then press Stop.');
    } catch (err) {
      showError(errors, {message: 'The microphone could not be used (' + err.message + '). Allow the microphone for this page, or upload a WAV file instead.'});
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('record').addEventListener('click', startRecording);
    document.getElementById('stop').addEventListener('click', () => {
      if (recorder) recorder.stop();
      document.getElementById('record').disabled = false;
      document.getElementById('stop').disabled = true;
    });
    document.getElementById('file').addEventListener('change', ev => {
      const f = ev.target.files[0];
      if (f) show(f, f.name);
    });
    document.getElementById('play').addEventListener('click', () => ws && ws.playPause());
    document.getElementById('to-journal').addEventListener('click', async () => {
      try {
        await api('POST', '/api/v1/journal', {date: today(), sounds: counts});
        status('Added to your journal.');
      } catch (err) {
        showError(document.getElementById('errors'), err);
      }
    });
    // The knowledge base weighs what the analyzer found (its 'recording' findings) like any answer.
    document.getElementById('to-assessment').addEventListener('click', () => {
      const answers = JSON.parse(sessionStorage.getItem('backcrack.answers') || '{}');
      answers.recording_pops = counts.cavitation;
      answers.recording_snaps = counts.soft_tissue_snap;
      answers.recording_crepitus_trains = counts.crepitus;
      sessionStorage.setItem('backcrack.answers', JSON.stringify(answers));
      sessionStorage.removeItem('backcrack.report');
      location.href = '/result.html';
    });
    if (!window.MediaRecorder || !navigator.mediaDevices) {
      document.getElementById('record').disabled = true;
      status('This browser cannot record here; upload a WAV file instead.');
    }
  });
})();
