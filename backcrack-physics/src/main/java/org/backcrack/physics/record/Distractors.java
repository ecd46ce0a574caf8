package org.backcrack.physics.record;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.Noise;
import org.backcrack.core.dsp.Biquad;

/**
 * Sounds a real recording has that are not joints, for the analyzer to ignore. Each is made in the air
 * or at the sensor, so it passes the sensor's band but not the tissue.
 * <ul>
 *   <li>speech: a glottal pulse train (100–220 Hz) through three formant resonances, syllables at ~4 Hz;
 *   <li>rustle: clothing — band-passed noise (1–6 kHz) with a ragged envelope, 0.1–0.6 s;
 *   <li>tap: a finger on the sensor or table — a 3 ms broadband impact ringing near 2–4 kHz, brighter and
 *       shorter than a pop that has crossed tissue;
 *   <li>beep: a pure tone of 0.1–0.5 s with 5 ms ramps;
 *   <li>chime: a phone's notification or a computer's sound, 0.15–1 s — one to three struck notes, each a few
 *       exponentially decaying partials, harmonic or bell-like (modal synthesis: van den Doel, Kry &amp; Pai
 *       2001, "FoleyAutomatic", SIGGRAPH). A struck note starts as suddenly as a pop and decays like a snap, but
 *       rings at one pitch for tens to hundreds of cycles, where tissue damps a joint's sound within a few.
 * </ul>
 */
final class Distractors {
    private Distractors() {}

    static List<Recorder.DistractorSpan> mix(
            double[][] out,
            List<String> kinds,
            List<double[]> events,
            double eventRms,
            double eventPeak,
            int fs,
            Sensor sensor,
            SplittableRandom rng) {
        List<Recorder.DistractorSpan> placed = new ArrayList<>();
        int n = out[0].length;
        double duration = (double) n / fs;
        for (String kind : kinds) {
            double length = switch (kind) {
                case "speech" -> 0.6 + 0.9 * rng.nextDouble();
                case "rustle" -> 0.1 + 0.5 * rng.nextDouble();
                case "tap" -> 0.02;
                case "beep" -> 0.1 + 0.4 * rng.nextDouble();
                case "chime" -> 0.15 + 0.85 * rng.nextDouble();
                default -> throw new IllegalArgumentException("unknown distractor " + kind);
            };
            double start = -1;
            for (int attempt = 0; attempt < 100 && start < 0; attempt++) {
                double t = 0.05 + (duration - length - 0.1) * rng.nextDouble();
                if (t >= 0 && clear(t, t + length, events, placed)) {
                    start = t;
                }
            }
            if (start < 0) {
                continue;
            }
            double[] x = switch (kind) {
                case "speech" -> speech(length, fs, rng);
                case "rustle" -> rustle(length, fs, rng);
                case "tap" -> tap(fs, rng);
                case "chime" -> chime(length, fs, rng);
                default -> beep(length, fs, rng);
            };
            Recorder.band(x, sensor, fs);
            double level = switch (kind) {
                case "tap" -> eventPeak * (0.5 + rng.nextDouble()) / peak(x);
                case "speech" -> eventRms * 0.5 / Noise.rms(x);
                default -> eventRms * 0.3 / Noise.rms(x);
            };
            int at = (int) Math.round(start * fs);
            for (double[] ch : out) {
                for (int i = 0; i < x.length && at + i < n; i++) {
                    ch[at + i] += level * x[i];
                }
            }
            placed.add(new Recorder.DistractorSpan(kind, start, start + (double) x.length / fs));
        }
        return placed;
    }

    private static boolean clear(double a, double b, List<double[]> events, List<Recorder.DistractorSpan> placed) {
        for (double[] e : events) {
            if (a < e[1] + 0.15 && b > e[0] - 0.15) {
                return false;
            }
        }
        for (Recorder.DistractorSpan d : placed) {
            if (a < d.end() + 0.1 && b > d.start() - 0.1) {
                return false;
            }
        }
        return true;
    }

    private static double[] speech(double length, int fs, SplittableRandom rng) {
        int n = (int) (length * fs);
        double[] src = new double[n];
        double f0 = 100 + 120 * rng.nextDouble();
        double phase = 0;
        for (int i = 0; i < n; i++) {
            phase += f0 * (1 + 0.02 * Math.sin(2 * Math.PI * 5 * i / fs)) / fs;
            if (phase >= 1) {
                phase -= 1;
                src[i] = 1;
            }
        }
        double[] y = new double[n];
        double[][] formants = {{500 + 300 * rng.nextDouble(), 8}, {1000 + 1000 * rng.nextDouble(), 10}, {2500, 12}};
        for (double[] f : formants) {
            double[] band = src.clone();
            Biquad.bandPass(f[0], f[1], fs).apply(band);
            for (int i = 0; i < n; i++) {
                y[i] += band[i];
            }
        }
        double rate = 3 + 2 * rng.nextDouble();
        for (int i = 0; i < n; i++) {
            double env = Math.max(0, Math.sin(Math.PI * rate * i / fs));
            y[i] *= env * Math.sin(Math.PI * i / n);
        }
        return y;
    }

    private static double[] rustle(double length, int fs, SplittableRandom rng) {
        int n = (int) (length * fs);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Noise.gaussian(rng);
        }
        Biquad.highPass(1000, fs).apply(y);
        Biquad.lowPass(Math.min(6000, 0.45 * fs), fs).apply(y);
        double env = 0.5;
        for (int i = 0; i < n; i++) {
            if (i % Math.max(1, fs / 200) == 0) {
                env = 0.3 + 0.7 * rng.nextDouble();
            }
            y[i] *= env * Math.sin(Math.PI * i / n);
        }
        return y;
    }

    private static double[] tap(int fs, SplittableRandom rng) {
        int n = (int) (0.02 * fs);
        double[] y = new double[n];
        double f = 2000 + 2000 * rng.nextDouble();
        for (int i = 0; i < n; i++) {
            double t = (double) i / fs;
            y[i] = Math.exp(-t / 0.0008)
                    * (Noise.gaussian(rng) * 0.5 + Math.sin(2 * Math.PI * Math.min(f, 0.4 * fs) * t));
        }
        return y;
    }

    private static double[] beep(double length, int fs, SplittableRandom rng) {
        int n = (int) (length * fs);
        double f = 500 + 2500 * rng.nextDouble();
        double[] y = new double[n];
        int ramp = (int) (0.005 * fs);
        for (int i = 0; i < n; i++) {
            double env = Math.min(1, Math.min((double) i / ramp, (double) (n - 1 - i) / ramp));
            y[i] = env * Math.sin(2 * Math.PI * Math.min(f, 0.4 * fs) * i / fs);
        }
        return y;
    }

    /**
     * One to three notes 80–250 ms apart, each with a fundamental of 250–2000 Hz (log-uniform) and two overtones,
     * harmonic (2, 3) or bell-like (2–2.8, 3–5.4 times the fundamental; Rossing, "The Science of Sound"), at 0.3–0.7
     * and 0.1–0.4 of its level; a 0.5–3 ms attack, then an exponential decay: the fundamental rings with a Q of
     * 30–300 (log-uniform; time constant Q / πf), each overtone shorter; the last 10 ms faded out. The joint
     * sounds' models ring with a Q of about 1.5 to 20 at most (Q = πfτ: a sharp snap at 800 Hz decaying over
     * 8 ms; docs/acoustics.md, Model families).
     */
    static double[] chime(double length, int fs, SplittableRandom rng) {
        int n = (int) (length * fs);
        double[] y = new double[n];
        int notes = 1 + rng.nextInt(3);
        double gap = 0.08 + 0.17 * rng.nextDouble();
        boolean bell = rng.nextBoolean();
        double[] ratios = bell
                ? new double[] {1, 2 + 0.8 * rng.nextDouble(), 3 + 2.4 * rng.nextDouble()}
                : new double[] {1, 2, 3};
        double[] levels = {1, 0.3 + 0.4 * rng.nextDouble(), 0.1 + 0.3 * rng.nextDouble()};
        double q = 30 * Math.pow(10, rng.nextDouble());
        double attack = 0.0005 + 0.0025 * rng.nextDouble();
        for (int k = 0; k < notes; k++) {
            double f0 = 250 * Math.pow(8, rng.nextDouble());
            int at = (int) Math.round(k * gap * fs);
            for (int m = 0; m < ratios.length; m++) {
                double f = f0 * ratios[m];
                double phase = 2 * Math.PI * rng.nextDouble();
                if (f >= 0.45 * fs) {
                    continue;
                }
                double decay = q / (Math.PI * f0) / Math.pow(ratios[m], 0.7);
                for (int i = at; i < n; i++) {
                    double t = (double) (i - at) / fs;
                    y[i] += levels[m]
                            * Math.min(1, t / attack)
                            * Math.exp(-t / decay)
                            * Math.sin(2 * Math.PI * f * t + phase);
                }
            }
        }
        int fade = Math.min(n, (int) (0.01 * fs));
        for (int i = 0; i < fade; i++) {
            y[n - 1 - i] *= (double) i / fade;
        }
        return y;
    }

    private static double peak(double[] x) {
        double p = 0;
        for (double v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
