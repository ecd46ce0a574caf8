package org.backcrack.acoustics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import org.backcrack.acoustics.classify.Calibration;
import org.backcrack.acoustics.classify.QuadraticDiscriminant;

/**
 * What the analyzer learned: the transient classifier, how often an attack in a snap's high band was a
 * pop ({@link PopsOnSnap}), and the map from the classifier's probability to the probability that a reported
 * event is right ({@link Calibration}, fitted on families held out of the classifier). Read from and written to
 * one properties file; the committed default is trained by {@code backcrack train-analyzer}.
 *
 * @param classifier          the transient classifier
 * @param popOnSnapConfidence share of the attacks found on the training corpus's snaps that were pops,
 *                            Laplace-smoothed; 0 reports no pops on snaps
 * @param popOnSnapCounts     those attacks, and how many were pops (for the file's comment)
 * @param calibration         the confidence map ({@link Calibration#IDENTITY} reports the probability as it is)
 */
public record AnalyzerModel(
        QuadraticDiscriminant classifier, double popOnSnapConfidence, int[] popOnSnapCounts, Calibration calibration) {
    /** The committed model's resource. */
    public static final String RESOURCE = "/org/backcrack/acoustics/classify/impulse-model.properties";
    /** Model file key of {@link #popOnSnapConfidence}. */
    public static final String POP_ON_SNAP_CONFIDENCE = "pop_on_snap.confidence";

    public AnalyzerModel {
        popOnSnapCounts = popOnSnapCounts.clone();
    }

    /** A model whose confidence is the classifier's probability as it is (not calibrated). */
    public AnalyzerModel(QuadraticDiscriminant classifier, double popOnSnapConfidence, int[] popOnSnapCounts) {
        this(classifier, popOnSnapConfidence, popOnSnapCounts, Calibration.IDENTITY);
    }

    /** This model with another confidence map. */
    public AnalyzerModel withCalibration(Calibration c) {
        return new AnalyzerModel(classifier, popOnSnapConfidence, popOnSnapCounts, c);
    }

    @Override
    public int[] popOnSnapCounts() {
        return popOnSnapCounts.clone();
    }

    private static volatile AnalyzerModel committed;

    /** The committed model (read once). */
    public static AnalyzerModel committed() {
        AnalyzerModel m = committed;
        if (m == null) {
            try (InputStream in = AnalyzerModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the analyzer model " + RESOURCE + " is missing from the build");
                }
                Properties p = new Properties();
                p.load(in);
                m = read(p);
                committed = m;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return m;
    }

    /** A model from its file's properties. */
    public static AnalyzerModel read(Properties p) {
        return new AnalyzerModel(
                QuadraticDiscriminant.fromProperties(p),
                Double.parseDouble(p.getProperty(POP_ON_SNAP_CONFIDENCE, "0")),
                new int[2],
                Calibration.fromProperties(p));
    }

    /** The model file: sorted keys, no timestamp, so the same training gives the same bytes. */
    public String file(String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("# backcrack analyzer model: quadratic discriminant over transient features.\n");
        sb.append("# Trained by: ").append(command).append('\n');
        sb.append(String.format(
                Locale.ROOT,
                "# Pops on snaps: %d of %d attacks in training snaps' high band were pops.%n",
                popOnSnapCounts[1],
                popOnSnapCounts[0]));
        if (!calibration.maps().isEmpty()) {
            sb.append("# Confidence: calibration.KIND=a,b,c is q = 1/(1+exp(-(a + b logit(p) + c min(snr, 30 dB)/10)))")
                    .append(" (Calibration).\n");
        }
        Properties p = classifier.toProperties(command);
        p.setProperty(POP_ON_SNAP_CONFIDENCE, Double.toString(popOnSnapConfidence));
        calibration.toProperties(p);
        new TreeMap<>(p)
                .forEach((k, v) -> sb.append(String.format(
                        Locale.ROOT,
                        "%s=%s%n",
                        k,
                        v.toString().replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\="))));
        return sb.toString();
    }
}
