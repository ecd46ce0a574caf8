package org.backcrack.physics.record;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.Noise;
import org.backcrack.core.dsp.Biquad;
import org.backcrack.physics.Emission;

/**
 * From emissions inside the body to samples: tissue, air, sensor, noise, distractors, gain and clipping.
 *
 * <p>Tissue: 1 dB/cm of level loss and a low-pass whose corner falls with depth (3 kHz at 2 cm, scaled
 * as 1/depth, within 300 Hz–10 kHz) — soft tissue absorbs roughly in proportion to frequency; these
 * audio-band figures are assumptions where the literature is thin. Air: the transmission into air of
 * {@link Sensor}, then 1/r spreading from the 1 cm reference and the travel time at 343 m/s. Noise: pink
 * ambient noise plus white sensor noise 10 dB below it, scaled to the requested event-to-noise ratio.
 * Quantisation happens in the WAV writer.
 */
public final class Recorder {
    private Recorder() {}

    /** An emission and where it sits: pan −1 (left) to +1 (right). */
    public record Source(Emission emission, double pan) {}

    /** A distractor that was mixed in. */
    public record DistractorSpan(String kind, double start, double end) {}

    /**
     * The recording and what was mixed into it besides joint sounds.
     *
     * @param eventPeaks for each event span, the largest |sample| the joint sounds reach in it on any
     *                   channel, relative to full scale (noise and distractors left out)
     */
    public record Result(
            AudioClip clip, List<DistractorSpan> distractors, boolean clipped, double gain, double[] eventPeaks) {}

    /**
     * @param duration   seconds of recording
     * @param sources    emissions on the recording's time line
     * @param eventSpans [start, end] of every labelled event (for the event-to-noise ratio and to keep
     *                   distractors clear of them)
     */
    public static Result record(
            double duration,
            List<Source> sources,
            List<double[]> eventSpans,
            RecordingSettings s,
            SplittableRandom rng) {
        return record(duration, sources, eventSpans, s, "plain", rng);
    }

    /**
     * @param condition a recording condition family ({@link Conditions}), applied after noise and distractors
     */
    public static Result record(
            double duration,
            List<Source> sources,
            List<double[]> eventSpans,
            RecordingSettings s,
            String condition,
            SplittableRandom rng) {
        int fs = s.sampleRate();
        int n = (int) Math.ceil(duration * fs);
        double depthCm = s.tissueDepth() * 100;
        double tissueLoss = Math.pow(10, -1.0 * depthCm / 20);
        double air = s.sensor().inAir() ? s.sensor().transmission() * Emission.REFERENCE_DISTANCE / s.distance() : 1;
        double delay = s.sensor().inAir() ? s.distance() / 343 : 0;
        double tissueCorner = Math.max(300, Math.min(10_000, 3_000 * 2 / depthCm));
        double[][] clean = new double[s.channels()][n];
        for (Source src : sources) {
            Emission e = src.emission();
            double[] p = e.pressure();
            int at = (int) Math.round((e.onset() + delay) * fs);
            for (int c = 0; c < s.channels(); c++) {
                double g = s.channels() == 1
                        ? 1
                        : (c == 0 ? 1 - 0.4 * Math.max(0, src.pan()) : 1 + 0.4 * Math.min(0, src.pan()));
                for (int i = 0; i < p.length && at + i < n; i++) {
                    if (at + i >= 0) {
                        clean[c][at + i] += g * p[i] * tissueLoss * air;
                    }
                }
            }
        }
        for (double[] ch : clean) {
            Biquad.lowPass(tissueCorner, fs).apply(ch);
            band(ch, s.sensor(), fs);
        }
        // Event-to-noise ratio: the quietest labelled event's mean power over the noise power, so every
        // labelled event is at least snrDb above the noise (as in an annotated recording: what is labelled
        // can be heard); louder events stand further out.
        double eventPower = Double.POSITIVE_INFINITY;
        double loudestPower = 0;
        double peak = 0;
        for (double[] span : eventSpans) {
            int a = Math.max(0, (int) Math.floor((span[0] + delay) * fs));
            int b = Math.min(n, (int) Math.ceil((span[1] + delay) * fs) + 1);
            double sum = 0;
            for (int i = a; i < b; i++) {
                sum += clean[0][i] * clean[0][i];
                peak = Math.max(peak, Math.abs(clean[0][i]));
            }
            if (b > a) {
                eventPower = Math.min(eventPower, sum / (b - a));
                loudestPower = Math.max(loudestPower, sum / (b - a));
            }
        }
        if (Double.isInfinite(eventPower)) {
            for (double v : clean[0]) {
                peak = Math.max(peak, Math.abs(v));
            }
            eventPower = peak * peak / 8;
            loudestPower = eventPower;
        }
        if (peak == 0) {
            peak = 1e-3;
            eventPower = peak * peak / 8;
            loudestPower = eventPower;
        }
        double noiseRms = Math.sqrt(eventPower / Math.pow(10, s.snrDb() / 10));
        double[][] out = new double[s.channels()][];
        for (int c = 0; c < s.channels(); c++) {
            double[] x = clean[c].clone();
            double[] noise = Noise.pink(n, rng);
            double[] white = new double[n];
            for (int i = 0; i < n; i++) {
                white[i] = Noise.gaussian(rng);
            }
            band(noise, s.sensor(), fs);
            double pinkRms = Noise.rms(noise);
            double whiteRms = Noise.rms(white);
            double pinkShare = Math.sqrt(10.0 / 11);
            double whiteShare = Math.sqrt(1.0 / 11);
            for (int i = 0; i < n; i++) {
                x[i] += noiseRms * (pinkShare * noise[i] / pinkRms + whiteShare * white[i] / whiteRms);
            }
            if (s.humDb() != null) {
                double amp = noiseRms * Math.pow(10, s.humDb() / 20) * Math.sqrt(2);
                for (int i = 0; i < n; i++) {
                    double t = (double) i / fs;
                    x[i] += amp
                            * (Math.sin(2 * Math.PI * 50 * t)
                                    + 0.5 * Math.sin(2 * Math.PI * 150 * t)
                                    + 0.25 * Math.sin(2 * Math.PI * 250 * t))
                            / 1.15;
                }
            }
            if (s.rumble()) {
                double[] r = new double[n];
                for (int i = 0; i < n; i++) {
                    r[i] = Noise.gaussian(rng);
                }
                Biquad.lowPass(8, fs).apply(r);
                Biquad.lowPass(8, fs).apply(r);
                double rr = Noise.rms(r);
                for (int i = 0; i < n; i++) {
                    x[i] += noiseRms * 10 * r[i] / rr;
                }
            }
            out[c] = x;
        }
        List<DistractorSpan> placed =
                Distractors.mix(out, s.distractors(), eventSpans, Math.sqrt(loudestPower), peak, fs, s.sensor(), rng);
        if (!condition.equals("plain")) {
            // Its own random stream: the plain chain's draws, and so its recordings, stay as they were.
            Conditions.apply(condition, out, fs, rng.split());
        }
        double gain = Math.pow(10, -s.headroomDb() / 20) / peak;
        boolean clipped = false;
        float[][] samples = new float[s.channels()][n];
        for (int c = 0; c < s.channels(); c++) {
            for (int i = 0; i < n; i++) {
                double v = out[c][i] * gain + s.dcOffset();
                if (v > 1 || v < -1) {
                    clipped = true;
                    v = Math.max(-1, Math.min(1, v));
                }
                samples[c][i] = (float) v;
            }
        }
        double[] eventPeaks = new double[eventSpans.size()];
        for (int e = 0; e < eventSpans.size(); e++) {
            int a = Math.max(0, (int) Math.floor((eventSpans.get(e)[0] + delay) * fs));
            int b = Math.min(n, (int) Math.ceil((eventSpans.get(e)[1] + delay) * fs) + 1);
            for (double[] ch : clean) {
                for (int i = a; i < b; i++) {
                    eventPeaks[e] = Math.max(eventPeaks[e], Math.abs(ch[i]) * gain);
                }
            }
        }
        return new Result(new AudioClip(fs, samples), placed, clipped, gain, eventPeaks);
    }

    static void band(double[] x, Sensor sensor, int fs) {
        Biquad.highPass(sensor.highPassHz(), fs).apply(x);
        if (sensor.lowPassHz() < 0.45 * fs) {
            Biquad.lowPass(sensor.lowPassHz(), fs).apply(x);
        }
    }

    static List<DistractorSpan> none() {
        return new ArrayList<>();
    }
}
