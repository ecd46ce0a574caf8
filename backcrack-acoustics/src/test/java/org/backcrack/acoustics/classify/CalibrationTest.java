package org.backcrack.acoustics.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    /** Events whose chance of being right is a known logistic function of logit(p) and the level over noise. */
    private record Sample(double[] p, double[] snr, boolean[] right) {}

    private static Sample sample(int n, double a, double b, double c, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] p = new double[n];
        double[] snr = new double[n];
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            // An over-confident classifier: log-odds spread over 0–12 (p from 0.5 to 0.99999).
            double z = 12 * rng.nextDouble();
            p[i] = 1 / (1 + Math.exp(-z));
            snr[i] = 6 + 34 * rng.nextDouble();
            double truth = 1 / (1 + Math.exp(-(a + b * z + c * Math.min(snr[i], Calibration.SNR_CEILING_DB) / 10)));
            right[i] = rng.nextDouble() < truth;
        }
        return new Sample(p, snr, right);
    }

    @Test
    void fit_recoversAKnownMiscalibration() {
        Sample s = sample(20_000, -1.5, 0.3, 0.4, 1);
        Calibration.Logistic m = Calibration.fit(s.p(), s.snr(), s.right(), true, true);
        assertThat(m.intercept()).isCloseTo(-1.5, within(0.15));
        assertThat(m.slope()).isCloseTo(0.3, within(0.03));
        assertThat(m.snr()).isCloseTo(0.4, within(0.05));
        // The calibrated probability is the true one, and far from the raw posterior.
        double truth = 1 / (1 + Math.exp(-(-1.5 + 0.3 * 8 + 0.4 * 1)));
        double p = 1 / (1 + Math.exp(-8));
        assertThat(m.apply(p, 10)).isCloseTo(truth, within(0.02));
        assertThat(p - truth).isGreaterThan(0.1);
        // Above the ceiling the level no longer counts.
        assertThat(m.apply(p, 60)).isEqualTo(m.apply(p, Calibration.SNR_CEILING_DB));
    }

    @Test
    void fit_ofAConstantShare_isThatShareSmoothed() {
        boolean[] right = new boolean[100];
        for (int i = 0; i < 40; i++) {
            right[i] = true;
        }
        Calibration.Logistic m = Calibration.fit(new double[100], new double[100], right, false, false);
        assertThat(m.slope()).isZero();
        // Platt's targets: 41/42 for each right event, 1/62 for each wrong one.
        assertThat(m.apply(0.3, 0)).isCloseTo((40 * 41.0 / 42 + 60 / 62.0) / 100, within(1e-9));
    }

    @Test
    void fit_neverReversesTheClassifiersOrder() {
        // More confident events are less often right: the map may not say so; it drops the slope.
        Sample s = sample(5_000, 2, -0.3, 0, 2);
        Calibration.Logistic m = Calibration.fit(s.p(), s.snr(), s.right(), true, false);
        assertThat(m.slope()).isZero();
        double last = 0;
        for (double p = 0; p <= 1; p += 0.01) {
            double q = m.apply(p, 20);
            assertThat(q).isGreaterThanOrEqualTo(last);
            last = q;
        }
    }

    @Test
    void apply_isMonotoneInP_andStaysInTheUnitInterval() {
        Calibration c = new Calibration(Map.of(
                Calibration.Kind.CAVITATION, new Calibration.Logistic(-3, 0.4, 0.5),
                Calibration.Kind.SNAP, new Calibration.Logistic(50, 3, -9)));
        for (Calibration.Kind k : Calibration.Kind.values()) {
            for (double snr : new double[] {-300, 0, 20, 300}) {
                double last = 0;
                for (double p : new double[] {0, 1e-300, 1e-12, 1e-6, 0.01, 0.3, 0.5, 0.9, 1 - 1e-9, 1}) {
                    double q = c.apply(k, p, snr);
                    assertThat(q).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(last);
                    last = q;
                }
            }
        }
        // A kind without a map reports p as it is.
        assertThat(c.apply(Calibration.Kind.CREPITUS, 0.73, 10)).isEqualTo(0.73);
        assertThat(Calibration.IDENTITY.apply(Calibration.Kind.CAVITATION, 0.99, 10))
                .isEqualTo(0.99);
    }

    @Test
    void properties_roundTrip_andAFileWithoutMapsIsTheIdentity() throws Exception {
        Sample s = sample(2_000, -1, 0.2, 0.3, 3);
        Calibration c = new Calibration(Map.of(
                Calibration.Kind.CREPITUS,
                Calibration.fit(s.p(), s.snr(), s.right(), true, true),
                Calibration.Kind.POP_ON_SNAP,
                new Calibration.Logistic(-0.4, 0, 0)));
        Properties p = new Properties();
        c.toProperties(p);
        StringBuilder file = new StringBuilder();
        new java.util.TreeMap<>(p)
                .forEach((k, v) -> file.append(k).append('=').append(v).append('\n'));
        Properties back = new Properties();
        back.load(new StringReader(file.toString()));
        assertThat(Calibration.fromProperties(back).maps()).isEqualTo(c.maps());
        assertThat(file.toString()).contains("calibration.crepitus=", "calibration.pop_on_snap=-0.4,0.0,0.0");
        assertThat(Calibration.fromProperties(new Properties()).maps()).isEmpty();
    }
}
