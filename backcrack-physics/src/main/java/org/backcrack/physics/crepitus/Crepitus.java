package org.backcrack.physics.crepitus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.physics.Emission;
import org.backcrack.physics.JointMotion;

/**
 * Crepitus: worn cartilage and bone spurs grating as the joint slides.
 *
 * <p>Roughness r in [0, 1] grows with age and osteoarthritis (assumed: r = 0.1·clamp((age − 30)/50, 0, 1)
 * + 0.18·KL, KL the Kellgren–Lawrence grade 0–4, capped at 1). While the surfaces slide, asperities stick
 * and slip: micro-impulses arrive as a Poisson process of rate λ = λ₀·r·|ω|/ω₀ (λ₀ = 400 /s at ω₀ = 1 rad/s,
 * assumed), with heavy-tailed (Pareto, α = 2.5) amplitudes; each is a short damped click (1.2 ms decay)
 * at a frequency drawn from 150–1500 Hz (joint emissions: 50–450 Hz bands, Bączkowicz &amp; Majorczyk 2014;
 * knee centroids near 1 kHz). A bone spur adds one larger catch each time the joint passes its angle.
 * Clicks closer than 80 ms together form one train; a train needs at least 5 clicks to be heard as
 * grating, and it is one event from its first to its last click. Nothing has to recover: it grates on
 * every movement.
 */
public final class Crepitus {
    private static final double BASE_RATE = 400;
    private static final double TRAIN_GAP = 0.080;
    private static final int MIN_CLICKS = 5;
    private static final double CLICK_DECAY = 1.2e-3;
    private static final double CLICK_PRESSURE = 2.0;

    private Crepitus() {}

    /** A grating train. */
    public record Train(double start, double end, int clicks, double peakPressure, Emission emission) {}

    /** Cartilage roughness in [0, 1] for an age and a Kellgren–Lawrence grade. */
    public static double roughness(double age, int osteoarthritisGrade) {
        double ageing = Math.min(1, Math.max(0, (age - 30) / 50));
        return Math.min(1, 0.1 * ageing + 0.18 * osteoarthritisGrade);
    }

    /**
     * @param spurs number of bone spurs (each catches once per pass)
     */
    public static List<Train> trains(
            JointMotion motion, double roughness, int spurs, double sampleRate, SplittableRandom rng) {
        List<double[]> clicks = new ArrayList<>();
        double dt = 1e-3;
        double[] spurAngles = new double[spurs];
        for (int s = 0; s < spurs; s++) {
            spurAngles[s] = Math.toRadians(3 + 20 * rng.nextDouble());
        }
        double prevAngle = motion.angle(0);
        long step = 0;
        for (double t = dt; t < motion.duration(); t += dt) {
            if ((++step & 0xFFFF) == 0) {
                org.backcrack.core.Cancellation.check();
            }
            double omega = Math.abs(motion.angularVelocity(t));
            double angle = motion.angle(t);
            double rate = BASE_RATE * roughness * omega;
            int n = poisson(rate * dt, rng);
            for (int i = 0; i < n; i++) {
                double amp = CLICK_PRESSURE * (1 + 2 * roughness) * Math.pow(1 - rng.nextDouble(), -1 / 2.5);
                clicks.add(new double[] {t + dt * rng.nextDouble(), amp, 150 + 1350 * rng.nextDouble()});
            }
            for (double spur : spurAngles) {
                if ((prevAngle - spur) * (angle - spur) < 0) {
                    clicks.add(
                            new double[] {t, CLICK_PRESSURE * 8 * (1 + rng.nextDouble()), 150 + 300 * rng.nextDouble()
                            });
                }
            }
            prevAngle = angle;
        }
        clicks.sort((a, b) -> Double.compare(a[0], b[0]));
        List<Train> trains = new ArrayList<>();
        int i = 0;
        while (i < clicks.size()) {
            int j = i + 1;
            while (j < clicks.size() && clicks.get(j)[0] - clicks.get(j - 1)[0] < TRAIN_GAP) {
                j++;
            }
            if (j - i >= MIN_CLICKS) {
                trains.add(render(clicks.subList(i, j), sampleRate));
            }
            i = j;
        }
        return trains;
    }

    private static Train render(List<double[]> clicks, double sampleRate) {
        double start = clicks.get(0)[0];
        double last = clicks.get(clicks.size() - 1)[0];
        int n = (int) Math.ceil((last - start + 8 * CLICK_DECAY) * sampleRate) + 1;
        double[] y = new double[n];
        int tail = (int) Math.ceil(8 * CLICK_DECAY * sampleRate);
        for (double[] c : clicks) {
            int at = (int) Math.round((c[0] - start) * sampleRate);
            double w = 2 * Math.PI * c[2] / sampleRate;
            double d = Math.exp(-1 / (CLICK_DECAY * sampleRate));
            double env = c[1];
            for (int k = 0; k < tail && at + k < n; k++) {
                y[at + k] += env * Math.sin(w * k);
                env *= d;
            }
        }
        double peak = 0;
        for (double v : y) {
            peak = Math.max(peak, Math.abs(v));
        }
        return new Train(start, last + 3 * CLICK_DECAY, clicks.size(), peak, new Emission(start, sampleRate, y));
    }

    private static int poisson(double mean, SplittableRandom rng) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = rng.nextDouble();
        while (p > l) {
            k++;
            p *= rng.nextDouble();
        }
        return k;
    }
}
