package org.backcrack.physics.bubble;

/**
 * A bubble's motion sampled on a uniform grid.
 *
 * @param start            time of the first sample, s
 * @param sampleRate       samples per second
 * @param radius           R, m
 * @param wallVelocity     Ṙ, m/s
 * @param wallAcceleration R̈, m/s²
 * @param end              time the integration stopped (the event time when an event stopped it), s
 */
public record BubbleTrace(
        double start,
        double sampleRate,
        double[] radius,
        double[] wallVelocity,
        double[] wallAcceleration,
        double end) {
    public BubbleTrace {
        radius = radius.clone();
        wallVelocity = wallVelocity.clone();
        wallAcceleration = wallAcceleration.clone();
    }

    @Override
    public double[] radius() {
        return radius.clone();
    }

    @Override
    public double[] wallVelocity() {
        return wallVelocity.clone();
    }

    @Override
    public double[] wallAcceleration() {
        return wallAcceleration.clone();
    }

    /**
     * Acoustic pressure radiated to distance r, p − p∞ = ρ(R²R̈ + 2RṘ²)/r = ρV̈/(4πr), at the retarded time
     * t − r/c: sample i is what arrives at r at time start + i/sampleRate (linear interpolation; zero before
     * the first emission arrives).
     */
    public double[] radiatedPressure(double density, double soundSpeed, double distance) {
        double[] emitted = new double[radius.length];
        for (int i = 0; i < emitted.length; i++) {
            double r = radius[i];
            emitted[i] = density * (r * r * wallAcceleration[i] + 2 * r * wallVelocity[i] * wallVelocity[i]) / distance;
        }
        double delay = distance / soundSpeed * sampleRate;
        double[] received = new double[emitted.length];
        for (int i = 0; i < received.length; i++) {
            double src = i - delay;
            if (src < 0) {
                continue;
            }
            int k = (int) src;
            double frac = src - k;
            received[i] = k + 1 < emitted.length ? emitted[k] * (1 - frac) + emitted[k + 1] * frac : emitted[k];
        }
        return received;
    }

    /**
     * Frequency of an oscillation about {@code level}, Hz: the number of upward crossings of that radius
     * (each refined by linear interpolation) over the time they span. NaN with fewer than two crossings.
     */
    public double crossingFrequency(double level) {
        double first = Double.NaN;
        double last = Double.NaN;
        int crossings = 0;
        for (int i = 1; i < radius.length; i++) {
            if (radius[i - 1] < level && radius[i] >= level) {
                double t = (i - 1 + (level - radius[i - 1]) / (radius[i] - radius[i - 1])) / sampleRate;
                if (crossings == 0) {
                    first = t;
                }
                last = t;
                crossings++;
            }
        }
        return crossings < 2 ? Double.NaN : (crossings - 1) / (last - first);
    }

    public double maxRadius() {
        double max = 0;
        for (double r : radius) {
            max = Math.max(max, r);
        }
        return max;
    }
}
