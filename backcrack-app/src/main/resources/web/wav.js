// Turns a recording into what the analyzer reads: a WAV file. A WAV file is sent as it is; anything else the
// browser can decode (the microphone's WebM/Opus or MP4/AAC, an uploaded FLAC, MP3, M4A, Ogg or WebM file)
// is decoded here with Web Audio, at the file's own sample rate where its header tells it, and encoded as
// 16-bit PCM mono WAV. Both are checked against the server's upload limits first.
'use strict';
const wav = (() => {
  const FORMATS = 'WAV, FLAC, MP3, M4A (AAC), Ogg (Vorbis or Opus) and WebM';
  // A compressed file is read whole and decoded to 32-bit float samples: one this many times over the WAV
  // limit is refused before that (a lossless 60 s recording is well under it).
  const COMPRESSED_FACTOR = 4;

  /** Encodes decoded audio (a Web Audio AudioBuffer) as 16-bit PCM WAV, the channels mixed to mono. */
  function encode(buffer) {
    const n = buffer.length;
    const mono = new Float32Array(n);
    for (let c = 0; c < buffer.numberOfChannels; c++) {
      const data = buffer.getChannelData(c);
      for (let i = 0; i < n; i++) mono[i] += data[i] / buffer.numberOfChannels;
    }
    const bytes = new ArrayBuffer(44 + n * 2);
    const v = new DataView(bytes);
    const ascii = (o, s) => { for (let i = 0; i < s.length; i++) v.setUint8(o + i, s.charCodeAt(i)); };
    ascii(0, 'RIFF'); v.setUint32(4, 36 + n * 2, true); ascii(8, 'WAVE');
    ascii(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
    v.setUint32(24, buffer.sampleRate, true); v.setUint32(28, buffer.sampleRate * 2, true);
    v.setUint16(32, 2, true); v.setUint16(34, 16, true);
    ascii(36, 'data'); v.setUint32(40, n * 2, true);
    for (let i = 0; i < n; i++) {
      const s = Math.max(-1, Math.min(1, mono[i]));
      v.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
    }
    return new Blob([bytes], {type: 'audio/wav'});
  }

  // --- The sample rate a file says it holds, so decoding does not resample it (0: not found). ---

  const is = (b, o, s) => {
    if (o < 0 || o + s.length > b.length) return false;
    for (let i = 0; i < s.length; i++) if (b[o + i] !== s.charCodeAt(i)) return false;
    return true;
  };
  const u16be = (b, o) => (b[o] << 8) | b[o + 1];
  const u32be = (b, o) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  const u32le = (b, o) => ((b[o + 3] << 24) | (b[o + 2] << 16) | (b[o + 1] << 8) | b[o]) >>> 0;
  // FLAC STREAMINFO: 20 bits of sample rate, 10 bytes into the block.
  const flacRate = (b, o) => o + 3 <= b.length ? (b[o] << 12) | (b[o + 1] << 4) | (b[o + 2] >> 4) : 0;
  const OPUS = 48000;  // an Opus decoder always gives 48 kHz, whatever rate went into the encoder

  function oggRate(b, o) {
    if (o + 27 > b.length) return 0;
    const p = o + 27 + b[o + 26];  // the first packet, after the page's segment table
    if (is(b, p, '\x01vorbis') && p + 16 <= b.length) return u32le(b, p + 12);
    if (is(b, p, 'OpusHead')) return OPUS;
    if (is(b, p, '\x7fFLAC')) return flacRate(b, p + 27);
    return 0;
  }

  /** MP4/M4A: the first audio sample entry in moov/trak/mdia/minf/stbl/stsd. */
  function mp4Rate(b) {
    const AUDIO = ['mp4a', 'alac', 'fLaC', 'Opus', 'ac-3', 'ec-3', '.mp3', 'lpcm', 'sowt', 'twos'];
    const walk = (from, to, depth) => {
      for (let o = from; o + 8 <= to;) {
        let size = u32be(b, o);
        if (size === 1 && o + 16 <= to) size = u32be(b, o + 8) * 4294967296 + u32be(b, o + 12);
        else if (size === 0) size = to - o;
        if (size < 8) return 0;
        const type = String.fromCharCode(b[o + 4], b[o + 5], b[o + 6], b[o + 7]);
        if (['moov', 'trak', 'mdia', 'minf', 'stbl'].includes(type) && depth < 8) {
          const r = walk(o + 8, Math.min(o + size, to), depth + 1);
          if (r) return r;
        } else if (type === 'stsd') {
          const e = o + 16;  // box header, version and flags, entry count; then the entry (size, type, ...)
          const entry = e + 8 <= b.length ? String.fromCharCode(b[e + 4], b[e + 5], b[e + 6], b[e + 7]) : '';
          if (AUDIO.includes(entry) && e + 34 <= b.length) return entry === 'Opus' ? OPUS : u16be(b, e + 32);
        }
        o += size;
      }
      return 0;
    };
    return walk(0, b.length, 0);
  }

  /** WebM/Matroska: Opus is 48 kHz; otherwise the first SamplingFrequency (0xB5, a 4- or 8-byte float). */
  function matroskaRate(b) {
    const end = Math.min(b.length, 1 << 20);
    for (let i = 0; i + 6 <= end; i++) if (is(b, i, 'A_OPUS')) return OPUS;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i + 10 <= end; i++) {
      if (b[i] !== 0xb5) continue;
      const r = b[i + 1] === 0x88 ? v.getFloat64(i + 2) : b[i + 1] === 0x84 ? v.getFloat32(i + 2) : 0;
      if (r >= 3000 && r <= 768000 && Number.isInteger(r)) return r;
    }
    return 0;
  }

  /** MP3 (MPEG audio frame header) or raw AAC (ADTS header): the first frame near the start. */
  function mpegRate(b, o) {
    const ADTS = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
    for (let i = o, end = Math.min(b.length - 3, o + 65536); i < end; i++) {
      if (b[i] !== 0xff) continue;
      if ((b[i + 1] & 0xf6) === 0xf0) {
        const idx = (b[i + 2] >> 2) & 15;
        if (idx < ADTS.length) return ADTS[idx];
      }
      const version = (b[i + 1] >> 3) & 3, layer = (b[i + 1] >> 1) & 3, idx = (b[i + 2] >> 2) & 3;
      if ((b[i + 1] & 0xe0) === 0xe0 && version !== 1 && layer !== 0 && idx !== 3 && (b[i + 2] >> 4) !== 15) {
        return [44100, 48000, 32000][idx] / (version === 3 ? 1 : version === 2 ? 2 : 4);
      }
    }
    return 0;
  }

  function fileRate(b) {
    let o = 0;
    if (is(b, 0, 'ID3') && b.length >= 10) {  // an ID3v2 tag before MP3 or FLAC: syncsafe size, maybe a footer
      o = 10 + (((b[6] & 127) << 21) | ((b[7] & 127) << 14) | ((b[8] & 127) << 7) | (b[9] & 127)) + (b[5] & 16 ? 10 : 0);
    }
    let r;
    if (is(b, o, 'fLaC')) r = flacRate(b, o + 18);
    else if (is(b, o, 'OggS')) r = oggRate(b, o);
    else if (is(b, 0, '\x1a\x45\xdf\xa3')) r = matroskaRate(b);
    else if (is(b, 4, 'ftyp')) r = mp4Rate(b);
    else r = mpegRate(b, o);
    return r >= 3000 && r <= 768000 && Number.isInteger(r) ? r : 0;  // what an OfflineAudioContext can run at
  }

  // --- From a file or a recording to the WAV that is sent. ---

  const mb = bytes => (bytes / (1024 * 1024)).toFixed(1) + ' MB';

  function refuse(message) {
    return {error: 'upload.refused', field: null, message};
  }

  function tooLong(name, seconds, limits) {
    return refuse(name + ' lasts ' + seconds.toFixed(1) + ' s; at most ' + limits.max_seconds + ' s are analysed. '
      + 'Record only the movement that cracks, or cut the file.');
  }

  /** How long the browser says the file lasts, from its header alone (NaN when it cannot tell). */
  function headerDuration(blob) {
    return new Promise(resolve => {
      const audio = document.createElement('audio');
      const url = URL.createObjectURL(blob);
      let timer = null;
      const done = d => {
        clearTimeout(timer);
        audio.onloadedmetadata = audio.onerror = null;
        audio.removeAttribute('src');
        audio.load();
        URL.revokeObjectURL(url);
        resolve(d);
      };
      timer = setTimeout(() => done(NaN), 10000);
      audio.preload = 'metadata';
      audio.onloadedmetadata = () => done(audio.duration);
      audio.onerror = () => done(NaN);
      audio.src = url;
    });
  }

  /**
   * The WAV to send for a file or a recording (a Blob), checked against the server's upload limits
   * ({max_bytes, max_seconds} from GET /api/v1/account). Resolves to {blob, decoded, sampleRate, channels};
   * rejects with {message} (for backcrack.showError) when the file is too large, too long or not audio
   * this browser can decode. progress(text) hears what is being done.
   */
  async function fromFile(file, name, limits, progress) {
    if (file.size === 0) throw refuse(name + ' is empty. Choose the file of a recording.');
    const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
    if (is(head, 0, 'RIFF') && is(head, 8, 'WAVE')) {
      if (file.size > limits.max_bytes) {
        throw refuse(name + ' has ' + mb(file.size) + '; at most ' + mb(limits.max_bytes) + ' of WAV are accepted (about '
          + limits.max_seconds + ' s). Record a shorter clip, or cut the file.');
      }
      return {blob: file, decoded: false};
    }
    if (file.size > COMPRESSED_FACTOR * limits.max_bytes) {
      throw refuse(name + ' has ' + mb(file.size) + ', too much to decode in this page (at most '
        + mb(COMPRESSED_FACTOR * limits.max_bytes) + '). Cut the file to the movement that cracks, at most '
        + limits.max_seconds + ' s.');
    }
    progress('Decoding ' + name + ' in this browser…');
    // The header's duration first: a long file is refused before its samples are decoded into memory.
    const duration = await headerDuration(file);
    if (Number.isFinite(duration) && duration > limits.max_seconds + 0.5) throw tooLong(name, duration, limits);
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Decoded at the file's own rate: decodeAudioData resamples to its context's rate. Where the header does
    // not say, 48 kHz, the rate of Opus and of most recorders.
    const rate = fileRate(bytes) || 48000;
    let buffer;
    try {
      buffer = await new OfflineAudioContext(1, 1, rate).decodeAudioData(bytes.buffer);
    } catch (err) {
      throw refuse('This browser could not decode ' + name + ' as audio. The page takes ' + FORMATS
        + ' files that the browser can play. Convert the file to WAV (16-bit PCM) and upload that instead.');
    }
    if (buffer.duration > limits.max_seconds) throw tooLong(name, buffer.duration, limits);
    const size = 44 + buffer.length * 2;
    if (size > limits.max_bytes) {
      throw refuse(name + ' at ' + buffer.sampleRate + ' Hz makes a WAV of ' + mb(size) + '; at most '
        + mb(limits.max_bytes) + ' are accepted. Convert it to 44.1 or 48 kHz, or cut it shorter.');
    }
    return {blob: encode(buffer), decoded: true, sampleRate: buffer.sampleRate, channels: buffer.numberOfChannels};
  }

  return {encode, fromFile, FORMATS};
})();
