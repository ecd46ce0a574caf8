package org.backcrack.physics.family;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.Noise;
import org.backcrack.core.dsp.Biquad;
import org.backcrack.physics.Emission;

/**
 * Signal models of joint sounds taken from other descriptions than this module's physics, each with its own
 * parameters (docs/acoustics.md, "Model families", cites each). The movement still decides when a sound
 * happens and how loud it is (the physics event's time and peak pressure, times a random factor); the family
 * decides what it sounds like.
 *
 * <p>Pops: {@code knuckle} — a sharp broadband pressure pulse with a short ringing, as recorded from cracking
 * knuckles (Kawchuk et al. 2015; Chandran Suja &amp; Barakat 2018); {@code burst} — several pops 8–60 ms apart
 * of falling loudness, as heard in a manipulation thrust (Reggars &amp; Pollard 1999; Dunning et al. 2013);
 * {@code rising} — a single ringing pop at the top of the rising low-frequency noise of the movement and
 * the muscles (the mechanomyogram, Orizio 1993).
 *
 * <p>Snaps: {@code thud} — a low thud of tens of milliseconds, 40–150 Hz, with a soft attack (the clunk of a
 * snapping tendon, e.g. the iliopsoas, Byrd 2005); {@code sharp} — a fast snap ringing at 200–800 Hz for
 * 10–30 ms; {@code double} — two thuds 15–60 ms apart, heard and labelled as one snap.
 *
 * <p>Grating: {@code sparse} — irregular trains of 10–60 clicks a second, each 0.5–3 ms, as in
 * vibroarthrography of crepitant joints (McCoy et al. 1987; Befrui et al. 2018); {@code dense} — 100–400
 * overlapping clicks a second, a grinding; {@code friction} — continuous friction noise with bursts, as
 * in the vibration of osteoarthritic joints (Mollan et al. 1982).
 */
public final class SoundFamilies {
    private SoundFamilies() {}

    /**
     * One rendered sound: its emission, and the labelled event it makes ([onset, offset] in scenario time),
     * or none for a sound that is not a joint event (the rising movement noise under a pop).
     */
    public record Part(Emission emission, double onset, double offset, boolean labelled) {}

    /** A pop of this family at {@code time} with about this peak pressure. */
    public static List<Part> pop(String family, double time, double peak, int fs, SplittableRandom rng) {
        List<Part> out = new ArrayList<>();
        double level = peak * logNormal(rng, 0.3);
        switch (family) {
            case "knuckle" -> {
                double rise = uniform(rng, 0.05e-3, 0.2e-3);
                double fall = uniform(rng, 0.3e-3, 1.5e-3);
                double ring = logUniform(rng, 300, 3000);
                double noiseShare = uniform(rng, 0.2, 0.6);
                double[] x = new double[(int) (0.012 * fs)];
                for (int i = 0; i < x.length; i++) {
                    double t = i / (double) fs;
                    double pulse = Math.exp(-t / fall) - Math.exp(-t / rise);
                    x[i] = pulse
                            * ((1 - noiseShare) * (1 + 0.7 * Math.sin(2 * Math.PI * Math.min(ring, 0.4 * fs) * t))
                                    + noiseShare * Noise.gaussian(rng));
                }
                out.add(labelled(x, time, level, fs));
            }
            case "burst" -> {
                int pops = 2 + rng.nextInt(4);
                double at = time;
                double a = level;
                for (int k = 0; k < pops; k++) {
                    out.add(labelled(
                            ringing(
                                    rng,
                                    logUniform(rng, 200, 2000),
                                    uniform(rng, 1.5, 4),
                                    uniform(rng, 0.2e-3, 1e-3),
                                    fs),
                            at,
                            a,
                            fs));
                    at += logUniform(rng, 0.008, 0.06);
                    a *= uniform(rng, 0.4, 1.0);
                }
            }
            case "rising" -> {
                out.add(labelled(
                        ringing(rng, logUniform(rng, 150, 1500), uniform(rng, 2, 6), uniform(rng, 0.1e-3, 0.5e-3), fs),
                        time,
                        level,
                        fs));
                double length = uniform(rng, 0.5, 1.5);
                double start = Math.max(0, time - length);
                double after = uniform(rng, 0, 0.1);
                int n = (int) ((time + after - start) * fs);
                double[] noise = new double[Math.max(1, n)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = Noise.gaussian(rng);
                }
                Biquad.highPass(20, fs).apply(noise);
                Biquad.lowPass(Math.min(400, 0.4 * fs), fs).apply(noise);
                double riseDb = uniform(rng, 10, 25);
                double topDb = uniform(rng, -25, -10);
                double rms = Noise.rms(noise);
                for (int i = 0; i < noise.length; i++) {
                    double f = (double) i / noise.length;
                    noise[i] *= level * Math.pow(10, (topDb - riseDb * (1 - f)) / 20) / rms;
                }
                out.add(new Part(new Emission(start, fs, noise), start, start + noise.length / (double) fs, false));
            }
            default -> throw new IllegalArgumentException("not a pop family: " + family);
        }
        return out;
    }

    /** A snap of this family at {@code time} with about this peak pressure. */
    public static List<Part> snap(String family, double time, double peak, int fs, SplittableRandom rng) {
        double level = peak * logNormal(rng, 0.3);
        double[] x = switch (family) {
            case "thud" -> thud(rng, fs);
            case "sharp" -> {
                double[] ring = ringing(rng, uniform(rng, 200, 800), 1, 0.2e-3, fs);
                double tau = uniform(rng, 3e-3, 8e-3);
                double f = uniform(rng, 200, 800);
                double[] y = new double[(int) (6 * tau * fs)];
                for (int i = 0; i < y.length; i++) {
                    double t = i / (double) fs;
                    y[i] = Math.min(1, t / 0.3e-3) * Math.exp(-t / tau) * Math.sin(2 * Math.PI * f * t)
                            + (i < ring.length ? 0.5 * ring[i] : 0);
                }
                yield y;
            }
            case "double" -> {
                double[] first = thud(rng, fs);
                double[] second = thud(rng, fs);
                int gap = (int) (uniform(rng, 0.015, 0.06) * fs);
                double share = uniform(rng, 0.3, 0.9);
                double[] y = new double[Math.max(first.length, gap + second.length)];
                for (int i = 0; i < first.length; i++) {
                    y[i] += first[i];
                }
                for (int i = 0; i < second.length; i++) {
                    y[gap + i] += share * second[i];
                }
                yield y;
            }
            default -> throw new IllegalArgumentException("not a snap family: " + family);
        };
        return List.of(labelled(x, time, level, fs));
    }

    /**
     * A grating train of this family from {@code start} to {@code end} whose loudest click has about this
     * peak pressure; the movement's speed sets how loud it is along the way (louder mid-movement).
     */
    public static List<Part> grating(
            String family, double start, double end, double peak, int fs, SplittableRandom rng) {
        double level = peak * logNormal(rng, 0.3);
        int n = Math.max(1, (int) ((end - start) * fs));
        double[] x = new double[n];
        switch (family) {
            case "sparse" -> {
                double rate = uniform(rng, 10, 60);
                double t = uniform(rng, 0, 0.5 / rate);
                while (t < end - start - 0.003) {
                    addClick(x, (int) (t * fs), uniform(rng, 0.5e-3, 3e-3), logNormal(rng, 0.5), fs, rng);
                    t += Math.max(0.005, -Math.log(Math.max(1e-9, rng.nextDouble())) / rate);
                }
            }
            case "dense" -> {
                double rate = uniform(rng, 100, 400);
                double t = 0;
                while (t < end - start - 0.001) {
                    addClick(x, (int) (t * fs), uniform(rng, 0.3e-3, 1e-3), logNormal(rng, 0.4), fs, rng);
                    t += -Math.log(Math.max(1e-9, rng.nextDouble())) / rate;
                }
            }
            case "friction" -> {
                for (int i = 0; i < n; i++) {
                    x[i] = Noise.gaussian(rng);
                }
                double low = uniform(rng, 200, 500);
                Biquad.highPass(low, fs).apply(x);
                Biquad.lowPass(Math.min(uniform(rng, 1500, 4000), 0.4 * fs), fs).apply(x);
                double bursts = uniform(rng, 5, 20);
                double[] gain = new double[n];
                java.util.Arrays.fill(gain, 1);
                for (double t = 0; t < end - start; t += -Math.log(Math.max(1e-9, rng.nextDouble())) / bursts) {
                    int a = (int) (t * fs);
                    int len = (int) (uniform(rng, 0.01, 0.05) * fs);
                    double g = Math.pow(10, uniform(rng, 6, 12) / 20);
                    for (int i = a; i < Math.min(n, a + len); i++) {
                        gain[i] = Math.max(gain[i], g * Math.sin(Math.PI * (i - a) / len));
                    }
                }
                for (int i = 0; i < n; i++) {
                    x[i] *= gain[i];
                }
            }
            default -> throw new IllegalArgumentException("not a grating family: " + family);
        }
        for (int i = 0; i < n; i++) {
            x[i] *= 0.3 + 0.7 * Math.sin(Math.PI * i / n);
        }
        return List.of(labelledSpan(x, start, end, level, fs));
    }

    private static double[] thud(SplittableRandom rng, int fs) {
        double f = uniform(rng, 40, 150);
        double tau = uniform(rng, 8e-3, 30e-3);
        double attack = uniform(rng, 2e-3, 8e-3);
        double[] y = new double[(int) (5 * tau * fs + attack * fs)];
        for (int i = 0; i < y.length; i++) {
            double t = i / (double) fs;
            double env = t < attack ? 0.5 * (1 - Math.cos(Math.PI * t / attack)) : Math.exp(-(t - attack) / tau);
            y[i] = env * Math.sin(2 * Math.PI * f * t);
        }
        return y;
    }

    /** A damped sinusoid at {@code f} with quality factor {@code q} and a linear attack. */
    private static double[] ringing(SplittableRandom rng, double f, double q, double attack, int fs) {
        double freq = Math.min(f, 0.4 * fs);
        double tau = q / (Math.PI * freq);
        double[] y = new double[(int) ((attack + 7 * tau) * fs) + 2];
        double phase = rng.nextDouble() * 0.5;
        for (int i = 0; i < y.length; i++) {
            double t = i / (double) fs;
            double env = t < attack ? t / attack : Math.exp(-(t - attack) / tau);
            y[i] = env * Math.sin(2 * Math.PI * freq * t + phase);
        }
        return y;
    }

    private static void addClick(double[] x, int at, double length, double amp, int fs, SplittableRandom rng) {
        int n = Math.max(2, (int) (length * fs));
        for (int i = 0; i < n && at + i < x.length; i++) {
            double env = Math.exp(-4.0 * i / n);
            x[at + i] += amp * env * Noise.gaussian(rng);
        }
    }

    private static Part labelled(double[] x, double time, double level, int fs) {
        scale(x, level);
        double end = time + lastAbove(x, 0.1) / (double) fs;
        return new Part(new Emission(time, fs, x), time, Math.max(time + 1e-3, end), true);
    }

    private static Part labelledSpan(double[] x, double start, double end, double level, int fs) {
        scale(x, level);
        return new Part(new Emission(start, fs, x), start, end, true);
    }

    private static void scale(double[] x, double peak) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        if (max > 0) {
            for (int i = 0; i < x.length; i++) {
                x[i] *= peak / max;
            }
        }
    }

    private static int lastAbove(double[] x, double share) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        int last = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) >= share * max) {
                last = i + 1;
            }
        }
        return last;
    }

    static double uniform(SplittableRandom rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }

    static double logUniform(SplittableRandom rng, double a, double b) {
        return Math.exp(uniform(rng, Math.log(a), Math.log(b)));
    }

    static double logNormal(SplittableRandom rng, double sigma) {
        return Math.exp(sigma * Noise.gaussian(rng));
    }
}
