package org.backcrack.acoustics.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.stat.correlation.Covariance;

/**
 * Quadratic discriminant analysis: one multivariate Gaussian per class (mean and full covariance, shrunk
 * towards its diagonal and floored so a class with few examples stays well conditioned), and Bayes' rule
 * with the training priors. Unlike naive Bayes it keeps the correlations between features (a long
 * transient is also a slow-decaying one), which the classes differ in. The model is a plain properties file.
 */
public final class QuadraticDiscriminant implements ImpulseClassifier {
    private static final double SHRINK = 0.1;
    private static final double MIN_VARIANCE = 1e-3;

    private final Map<ImpulseClass, double[]> mean;
    private final Map<ImpulseClass, double[][]> covariance;
    private final Map<ImpulseClass, Double> logPrior;
    private final Map<ImpulseClass, RealMatrix> inverse = new EnumMap<>(ImpulseClass.class);
    private final Map<ImpulseClass, Double> logDet = new EnumMap<>(ImpulseClass.class);

    private QuadraticDiscriminant(Map<ImpulseClass, double[]> mean, Map<ImpulseClass, double[][]> covariance,
            Map<ImpulseClass, Double> logPrior) {
        this.mean = mean;
        this.covariance = covariance;
        this.logPrior = logPrior;
        for (ImpulseClass c : mean.keySet()) {
            CholeskyDecomposition ch = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance.get(c)));
            inverse.put(c, ch.getSolver().getInverse());
            logDet.put(c, Math.log(ch.getDeterminant()));
        }
    }

    /** Fits on labelled vectors; every class needs at least a few examples. */
    public static QuadraticDiscriminant fit(List<double[]> vectors, List<ImpulseClass> labels) {
        int dims = ImpulseVector.NAMES.size();
        Map<ImpulseClass, double[]> mean = new EnumMap<>(ImpulseClass.class);
        Map<ImpulseClass, double[][]> cov = new EnumMap<>(ImpulseClass.class);
        Map<ImpulseClass, Double> prior = new EnumMap<>(ImpulseClass.class);
        for (ImpulseClass c : ImpulseClass.values()) {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                if (labels.get(i) == c) {
                    rows.add(vectors.get(i));
                }
            }
            if (rows.size() < dims + 2) {
                // Too few to estimate a covariance: the class is left out of the model (a detector that
                // rarely fires on plain noise gives few noise examples). Joint classes must be there.
                if (c.isJoint()) {
                    throw new IllegalArgumentException("training needs at least " + (dims + 2) + " examples of " + c
                            + ", got " + rows.size());
                }
                continue;
            }
            double[][] data = rows.toArray(new double[0][]);
            double[] m = new double[dims];
            for (double[] r : data) {
                for (int d = 0; d < dims; d++) {
                    m[d] += r[d] / data.length;
                }
            }
            double[][] s = new Covariance(data).getCovarianceMatrix().getData();
            for (int i = 0; i < dims; i++) {
                for (int j = 0; j < dims; j++) {
                    s[i][j] *= i == j ? 1 : 1 - SHRINK;
                }
                s[i][i] = Math.max(MIN_VARIANCE, s[i][i]);
            }
            mean.put(c, m);
            cov.put(c, s);
            prior.put(c, Math.log(rows.size() / (double) vectors.size()));
        }
        return new QuadraticDiscriminant(mean, cov, prior);
    }

    @Override
    public Map<ImpulseClass, Double> posterior(double[] v) {
        Map<ImpulseClass, Double> logp = new EnumMap<>(ImpulseClass.class);
        double max = Double.NEGATIVE_INFINITY;
        for (ImpulseClass c : mean.keySet()) {
            double[] m = mean.get(c);
            double[] z = new double[v.length];
            for (int d = 0; d < v.length; d++) {
                z[d] = v[d] - m[d];
            }
            double[] iz = inverse.get(c).operate(z);
            double q = 0;
            for (int d = 0; d < v.length; d++) {
                q += z[d] * iz[d];
            }
            double lp = logPrior.get(c) - 0.5 * logDet.get(c) - 0.5 * q;
            logp.put(c, lp);
            max = Math.max(max, lp);
        }
        double sum = 0;
        for (double lp : logp.values()) {
            sum += Math.exp(lp - max);
        }
        Map<ImpulseClass, Double> out = new EnumMap<>(ImpulseClass.class);
        for (ImpulseClass c : ImpulseClass.values()) {
            out.put(c, logp.containsKey(c) ? Math.exp(logp.get(c) - max) / sum : 0.0);
        }
        return out;
    }

    public Properties toProperties(String comment) {
        Properties p = new Properties();
        p.setProperty("comment", comment);
        p.setProperty("model", "quadratic_discriminant");
        p.setProperty("dimensions", String.join(",", ImpulseVector.NAMES));
        p.setProperty("classes", String.join(",", mean.keySet().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList()));
        for (ImpulseClass c : mean.keySet()) {
            String k = c.name().toLowerCase(Locale.ROOT);
            p.setProperty(k + ".log_prior", Double.toString(logPrior.get(c)));
            p.setProperty(k + ".mean", join(mean.get(c)));
            double[][] s = covariance.get(c);
            List<String> rows = new ArrayList<>();
            for (double[] r : s) {
                rows.add(join(r));
            }
            p.setProperty(k + ".covariance", String.join(";", rows));
        }
        return p;
    }

    public static QuadraticDiscriminant fromProperties(Properties p) {
        if (!String.join(",", ImpulseVector.NAMES).equals(p.getProperty("dimensions"))) {
            throw new IllegalArgumentException("the analyzer model was trained on other features: "
                    + p.getProperty("dimensions") + "; retrain it with 'backcrack train-analyzer'");
        }
        Map<ImpulseClass, double[]> mean = new EnumMap<>(ImpulseClass.class);
        Map<ImpulseClass, double[][]> cov = new EnumMap<>(ImpulseClass.class);
        Map<ImpulseClass, Double> prior = new EnumMap<>(ImpulseClass.class);
        for (String k : p.getProperty("classes", "").split(",")) {
            ImpulseClass c = ImpulseClass.valueOf(k.toUpperCase(Locale.ROOT));
            prior.put(c, Double.parseDouble(p.getProperty(k + ".log_prior")));
            mean.put(c, split(p.getProperty(k + ".mean")));
            String[] rows = p.getProperty(k + ".covariance").split(";");
            double[][] s = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                s[i] = split(rows[i]);
            }
            cov.put(c, s);
        }
        return new QuadraticDiscriminant(mean, cov, prior);
    }

    private static String join(double[] xs) {
        List<String> s = new ArrayList<>();
        for (double x : xs) {
            s.add(Double.toString(x));
        }
        return String.join(",", s);
    }

    private static double[] split(String s) {
        String[] parts = s.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
