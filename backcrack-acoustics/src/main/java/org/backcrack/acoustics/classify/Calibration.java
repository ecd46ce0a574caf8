package org.backcrack.acoustics.classify;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Turns the analyzer's class probability into the probability that the reported event is right — that it
 * matches a reference event of its class, as {@code evaluate.Reliability} counts. A quadratic discriminant's
 * posterior is over-confident on sounds unlike its training data: Gaussians with full covariances put almost
 * all the probability on one class far from every mean, so nearly every event came out at 0.99 or more while
 * about 80% of them were right.
 *
 * <p><b>Platt scaling</b> (Platt 1999, "Probabilistic outputs for support vector machines and comparisons to
 * regularized likelihood methods", Advances in Large Margin Classifiers), one logistic map per kind of event:
 * <pre>  q = 1 / (1 + exp(−(a + b·logit(p) + c·min(snr, 30 dB)/10)))</pre>
 * with p the class probability the analyzer decided on (clamped to [{@link #EPSILON}, 1 − {@link #EPSILON}]
 * before the logit, since a double cannot tell 1 − 10⁻¹⁷ from 1) and snr the event's level over the noise
 * floor in dB, up to {@link #SNR_CEILING_DB}. The level matters more than p: on families the classifier never
 * saw, a pop 10–13 dB over the noise was right one time in seven, one 30 dB over it nine times in ten, whatever
 * its p; above about 30 dB the share right no longer rises. It is fitted by maximum likelihood (Newton's method) with Platt's smoothed targets
 * (N₊ + 1)/(N₊ + 2) for right events and 1/(N₋ + 2) for wrong ones, which keeps a small or separable sample
 * from giving probabilities of exactly 0 or 1. The slope b is kept ≥ 0, so the map never reverses the
 * classifier's order: if the fit wants a negative slope the term is dropped and the map refitted without it.
 * A logistic map rather than histogram binning or isotonic regression (Zadrozny &amp; Elkan 2002): it takes the
 * level as a second input, which one-dimensional bins or isotonic steps cannot, and it needs few events —
 * there are a few hundred snaps, trains and pops on snaps to fit on, and isotonic regression overfits below
 * about a thousand (Niculescu-Mizil &amp; Caruana 2005, "Predicting good probabilities with supervised
 * learning", ICML). Cross-validated over the held-out families of the calibration events (docs/acoustics.md,
 * Confidence), binning or isotonic steps on p alone did no better than the logistic map on p alone (log loss
 * 0.64), and the level brought it to 0.50.
 *
 * <p>Kinds without a fitted map (an older model file) report p as it is.
 */
public final class Calibration {
    /** Class probabilities are clamped to [ε, 1 − ε] before the logit (assumption: 10⁻⁹, logit ±20.7). */
    public static final double EPSILON = 1e-9;
    /**
     * The level over the noise counts up to this, dB: above it the share of events that are right stops rising
     * (on the calibration events; a ceiling anywhere from 25 to 40 dB fitted them about as well, none at all
     * clearly worse — cross-validated over the held-out families, never on the evaluation corpora).
     */
    public static final double SNR_CEILING_DB = 30;

    /** Model file key prefix. */
    public static final String PREFIX = "calibration.";

    /** The kinds of event the analyzer reports, each with its own map. */
    public enum Kind {
        /** A pop: a transient classified as cavitation (each attack of it). */
        CAVITATION("cavitation"),
        /** A snap: a transient classified as a snap, or a pop too long to be one. */
        SNAP("soft_tissue_snap"),
        /** A grating train: the mean class probability of its clicks. */
        CREPITUS("crepitus"),
        /** A pop found in a snap's high band ({@code PopsOnSnap}): its raw confidence is a constant share. */
        POP_ON_SNAP("pop_on_snap");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * One kind's map: q = σ(intercept + slope·logit(p) + snr·min(snrDb, {@link #SNR_CEILING_DB})/10).
     *
     * @param intercept a
     * @param slope     b, &ge; 0 (the classifier's order is kept)
     * @param snr       c, per 10 dB of level over the noise floor
     */
    public record Logistic(double intercept, double slope, double snr) {
        public Logistic {
            if (!(slope >= 0) || !Double.isFinite(intercept) || !Double.isFinite(snr)) {
                throw new IllegalArgumentException(
                        "a calibration map needs a finite intercept and snr weight and a slope >= 0");
            }
        }

        /** The calibrated probability, in (0, 1). */
        public double apply(double p, double snrDb) {
            double z = intercept + slope * logit(p) + snr * level(snrDb);
            return 1 / (1 + Math.exp(-z));
        }
    }

    /** Reports every probability as it is. */
    public static final Calibration IDENTITY = new Calibration(Map.of());

    private final Map<Kind, Logistic> maps;

    public Calibration(Map<Kind, Logistic> maps) {
        this.maps = maps.isEmpty() ? Map.of() : new EnumMap<>(maps);
    }

    /** The fitted maps (kinds without one report p as it is). */
    public Map<Kind, Logistic> maps() {
        return maps.isEmpty() ? Map.of() : new EnumMap<>(maps);
    }

    /**
     * The probability that an event of this kind, with class probability p and this level over the noise
     * floor, is right.
     */
    public double apply(Kind kind, double p, double snrDb) {
        Logistic m = maps.get(kind);
        return m == null ? p : m.apply(p, snrDb);
    }

    /** The level over the noise as the map takes it: up to {@link #SNR_CEILING_DB}, per 10 dB. */
    static double level(double snrDb) {
        return Math.min(snrDb, SNR_CEILING_DB) / 10;
    }

    /** logit(p) with p clamped to [{@link #EPSILON}, 1 − {@link #EPSILON}]. */
    public static double logit(double p) {
        double c = Math.min(1 - EPSILON, Math.max(EPSILON, p));
        return Math.log(c / (1 - c));
    }

    /**
     * Fits one kind's map by maximum likelihood on events whose rightness is known.
     *
     * @param p      the events' class probabilities
     * @param snrDb  their levels over the noise floor, dB
     * @param right  whether each matched a reference event of its class
     * @param useP   whether the map may depend on p (false: a constant share, e.g. for a constant p)
     * @param useSnr whether the map may depend on the level over the noise
     */
    public static Logistic fit(double[] p, double[] snrDb, boolean[] right, boolean useP, boolean useSnr) {
        if (p.length != right.length || snrDb.length != right.length || p.length == 0) {
            throw new IllegalArgumentException("a calibration fit needs as many p, snr and outcomes, at least one");
        }
        double[] w = newton(p, snrDb, right, useP, useSnr);
        if (useP && w[1] < 0) {
            // The classifier's order is kept: a negative slope would rank its surer events as less often right.
            w = newton(p, snrDb, right, false, useSnr);
        }
        return new Logistic(w[0], Math.max(0, w[1]), w[2]);
    }

    /** Newton's method on the log-likelihood with Platt's targets; unused weights stay 0. */
    private static double[] newton(double[] p, double[] snrDb, boolean[] right, boolean useP, boolean useSnr) {
        int n = p.length;
        int positives = 0;
        for (boolean r : right) {
            positives += r ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        int dims = 1 + (useP ? 1 : 0) + (useSnr ? 1 : 0);
        double[][] x = new double[n][dims];
        for (int i = 0; i < n; i++) {
            int k = 0;
            x[i][k++] = 1;
            if (useP) {
                x[i][k++] = logit(p[i]);
            }
            if (useSnr) {
                x[i][k] = level(snrDb[i]);
            }
        }
        double[] beta = new double[dims];
        // Start from the smoothed share right, so the first step is already a fair guess.
        double share = (positives + 1.0) / (n + 2.0);
        beta[0] = Math.log(share / (1 - share));
        for (int iteration = 0; iteration < 100; iteration++) {
            RealMatrix hessian = new Array2DRowRealMatrix(dims, dims);
            RealVector gradient = new ArrayRealVector(dims);
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int a = 0; a < dims; a++) {
                    z += beta[a] * x[i][a];
                }
                double q = 1 / (1 + Math.exp(-z));
                double t = right[i] ? hi : lo;
                double v = Math.max(q * (1 - q), 1e-12);
                for (int a = 0; a < dims; a++) {
                    gradient.addToEntry(a, (t - q) * x[i][a]);
                    for (int b = 0; b < dims; b++) {
                        hessian.addToEntry(a, b, v * x[i][a] * x[i][b]);
                    }
                }
            }
            // A tiny ridge keeps the system positive definite when a feature hardly varies (assumption).
            for (int a = 0; a < dims; a++) {
                hessian.addToEntry(a, a, 1e-9 * n);
            }
            RealVector step = new CholeskyDecomposition(hessian, 1e-15, 1e-300)
                    .getSolver()
                    .solve(gradient);
            double largest = 0;
            for (int a = 0; a < dims; a++) {
                beta[a] += step.getEntry(a);
                largest = Math.max(largest, Math.abs(step.getEntry(a)));
            }
            if (largest < 1e-10) {
                break;
            }
        }
        double[] w = new double[3];
        int k = 0;
        w[0] = beta[k++];
        if (useP) {
            w[1] = beta[k++];
        }
        if (useSnr) {
            w[2] = beta[k];
        }
        return w;
    }

    /** The maps as model file properties ({@code calibration.KIND=a,b,c}). */
    public void toProperties(Properties p) {
        for (Map.Entry<Kind, Logistic> e : maps.entrySet()) {
            Logistic m = e.getValue();
            p.setProperty(
                    PREFIX + e.getKey().id(),
                    String.format(Locale.ROOT, "%s,%s,%s", m.intercept(), m.slope(), m.snr()));
        }
    }

    /** The maps in a model file; none (the identity) in a file without them. */
    public static Calibration fromProperties(Properties p) {
        Map<Kind, Logistic> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            String v = p.getProperty(PREFIX + k.id());
            if (v != null) {
                String[] parts = v.split(",", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException(
                            "the analyzer model's " + PREFIX + k.id() + " needs three numbers, was " + v);
                }
                out.put(
                        k,
                        new Logistic(
                                Double.parseDouble(parts[0]),
                                Double.parseDouble(parts[1]),
                                Double.parseDouble(parts[2])));
            }
        }
        return new Calibration(out);
    }
}
