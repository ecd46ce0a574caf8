package org.backcrack.acoustics.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
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

    /**
     * One Gaussian of the model: a class, or one family of sounds within a class ({@code cavitation.knuckle}):
     * a class made by several different mechanisms is a mixture, one Gaussian for each, rather than one wide
     * Gaussian that fits none of them.
     */
    private record Component(
            String key,
            ImpulseClass impulseClass,
            double[] mean,
            double[][] covariance,
            double logPrior,
            RealMatrix inverse,
            double logDet) {}

    private final List<Component> components;

    private QuadraticDiscriminant(List<Component> components) {
        this.components = components;
    }

    private static Component component(String key, double[] mean, double[][] covariance, double logPrior) {
        CholeskyDecomposition ch = new CholeskyDecomposition(new Array2DRowRealMatrix(covariance));
        int dot = key.indexOf('.');
        ImpulseClass c = ImpulseClass.valueOf((dot < 0 ? key : key.substring(0, dot)).toUpperCase(Locale.ROOT));
        return new Component(
                key, c, mean, covariance, logPrior, ch.getSolver().getInverse(), Math.log(ch.getDeterminant()));
    }

    /** Fits on labelled vectors, one Gaussian per class; every joint class needs at least a few examples. */
    public static QuadraticDiscriminant fit(List<double[]> vectors, List<ImpulseClass> labels) {
        return fit(vectors, labels, null);
    }

    /**
     * Fits on labelled vectors, one Gaussian per class and family: {@code families.get(i)} names the family
     * of sound vector i came from (null, or a null list, for a class's single Gaussian). A family with too few
     * examples to estimate a covariance is left out; every joint class needs at least one Gaussian.
     */
    public static QuadraticDiscriminant fit(List<double[]> vectors, List<ImpulseClass> labels, List<String> families) {
        int dims = ImpulseVector.NAMES.size();
        Map<String, List<double[]>> groups = new TreeMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            String family = families == null ? null : families.get(i);
            String key = labels.get(i).name().toLowerCase(Locale.ROOT) + (family == null ? "" : "." + family);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(vectors.get(i));
        }
        List<Component> out = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> g : groups.entrySet()) {
            List<double[]> rows = g.getValue();
            if (rows.size() < dims + 2) {
                // Too few to estimate a covariance: left out of the model (a detector that rarely fires on
                // plain noise gives few noise examples).
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
            out.add(component(g.getKey(), m, s, Math.log(rows.size() / (double) vectors.size())));
        }
        for (ImpulseClass c : ImpulseClass.values()) {
            if (c.isJoint() && out.stream().noneMatch(x -> x.impulseClass() == c)) {
                throw new IllegalArgumentException("training needs at least " + (dims + 2) + " examples of " + c);
            }
        }
        return new QuadraticDiscriminant(out);
    }

    @Override
    public Map<ImpulseClass, Double> posterior(double[] v) {
        double[] logp = new double[components.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < components.size(); k++) {
            Component c = components.get(k);
            double[] m = c.mean();
            double[] z = new double[v.length];
            for (int d = 0; d < v.length; d++) {
                z[d] = v[d] - m[d];
            }
            double[] iz = c.inverse().operate(z);
            double q = 0;
            for (int d = 0; d < v.length; d++) {
                q += z[d] * iz[d];
            }
            logp[k] = c.logPrior() - 0.5 * c.logDet() - 0.5 * q;
            max = Math.max(max, logp[k]);
        }
        double sum = 0;
        for (double lp : logp) {
            sum += Math.exp(lp - max);
        }
        Map<ImpulseClass, Double> out = new EnumMap<>(ImpulseClass.class);
        for (ImpulseClass c : ImpulseClass.values()) {
            out.put(c, 0.0);
        }
        for (int k = 0; k < components.size(); k++) {
            out.merge(components.get(k).impulseClass(), Math.exp(logp[k] - max) / sum, Double::sum);
        }
        return out;
    }

    public Properties toProperties(String comment) {
        Properties p = new Properties();
        p.setProperty("comment", comment);
        p.setProperty("model", "quadratic_discriminant");
        p.setProperty("dimensions", String.join(",", ImpulseVector.NAMES));
        p.setProperty(
                "classes",
                String.join(",", components.stream().map(Component::key).toList()));
        for (Component c : components) {
            String k = c.key();
            p.setProperty(k + ".log_prior", Double.toString(c.logPrior()));
            p.setProperty(k + ".mean", join(c.mean()));
            List<String> rows = new ArrayList<>();
            for (double[] r : c.covariance()) {
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
        List<Component> out = new ArrayList<>();
        for (String k : p.getProperty("classes", "").split(",", -1)) {
            String[] rows = p.getProperty(k + ".covariance").split(";", -1);
            double[][] s = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                s[i] = split(rows[i]);
            }
            out.add(component(
                    k, split(p.getProperty(k + ".mean")), s, Double.parseDouble(p.getProperty(k + ".log_prior"))));
        }
        return new QuadraticDiscriminant(out);
    }

    private static String join(double[] xs) {
        List<String> s = new ArrayList<>();
        for (double x : xs) {
            s.add(Double.toString(x));
        }
        return String.join(",", s);
    }

    private static double[] split(String s) {
        String[] parts = s.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
