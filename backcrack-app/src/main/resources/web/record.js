// Recording in the browser (MediaRecorder) or uploading a file; anything but WAV is decoded and re-encoded
// as WAV here (wav.js) before it is sent. The waveform, timeline and spectrogram come from wavesurfer.js, the
// detected sounds are regions coloured by class; clicking a region (or its row) plays it.
'use strict';
(() => {
  const {api, account, el, showError, today, CLASS_LABELS, CLASS_COLOURS} = backcrack;
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

  async function show(blob, name, note) {
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
      status('Done.' + (note ? ' ' + note : ''));
    } catch (err) {
      status('');
      showError(errors, err);
    }
  }

  /** A recording or an uploaded file: made into a WAV within the server's limits, then analysed. */
  async function analyse(blob, name) {
    const errors = document.getElementById('errors');
    errors.replaceChildren();
    try {
      const limits = (await account()).upload;
      const prepared = await wav.fromFile(blob, name, limits, status);
      const note = prepared.decoded ? 'Decoded in this browser at ' + prepared.sampleRate + ' Hz'
        + (prepared.channels > 1 ? ', ' + prepared.channels + ' channels mixed to one' : '') + ', sent as WAV.' : '';
      await show(prepared.blob, name, note);
    } catch (err) {
      status('');
      document.getElementById('view').classList.add('hidden');
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
        await analyse(new Blob(chunks, {type: recorder.mimeType}), 'the recording');
      };
      recorder.start();
      document.getElementById('record').disabled = true;
      document.getElementById('stop').disabled = false;
      document.getElementById('stop').focus();
      status('Recording… make the movement, then press Stop.');
    } catch (err) {
      showError(errors, {message: 'The microphone could not be used (' + err.message + '). Allow the microphone for this page, or upload a recording instead.'});
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
      ev.target.value = '';  // the same file chosen again is a new change
      if (f) analyse(f, f.name);
    });
    account().then(a => { document.getElementById('max-seconds').textContent = a.upload.max_seconds; }).catch(() => {});
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
      status('This browser cannot record here; upload a recording instead.');
    }
  });
})();
