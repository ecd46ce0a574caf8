package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.backcrack.acoustics.detect.Impulse;
import org.junit.jupiter.api.Test;

class PopsOnSnapTest {
    private static final int RATE = 48_000;

    /** A snap's thud: 100 Hz, 30 ms decay, 80 ms long; pops (800 Hz, 1 ms decay) added at the given times. */
    private static Impulse snap(double popAmplitude, double... popsAt) {
        float[] x = new float[(int) (0.08 * RATE)];
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / RATE;
            x[i] = (float) (0.5 * Math.exp(-t / 0.03) * Math.sin(2 * Math.PI * 100 * t));
            for (double at : popsAt) {
                if (t >= at) {
                    x[i] += (float)
                            (popAmplitude * Math.exp(-(t - at) / 0.001) * Math.sin(2 * Math.PI * 800 * (t - at)));
                }
            }
        }
        return new Impulse(2.0, 2.0 + (double) x.length / RATE, 0.5, 2.002, -70, x, RATE);
    }

    @Test
    void find_popsOnTheThud_atTheirAttacks() {
        List<Impulse> pops = PopsOnSnap.find(snap(0.1, 0.025, 0.05));
        assertThat(pops).hasSize(2);
        assertThat(pops.get(0).onset()).isCloseTo(2.025, within(0.002));
        assertThat(pops.get(1).onset()).isCloseTo(2.05, within(0.002));
        assertThat(pops).allMatch(p -> p.duration() > 0 && p.duration() < 0.015 && p.offset() <= 2.08 + 1e-9);
    }

    @Test
    void find_aBareSnap_orAPopTooQuietToStandOut_hasNone() {
        assertThat(PopsOnSnap.find(snap(0))).isEmpty();
        assertThat(PopsOnSnap.find(snap(0.0005, 0.03))).isEmpty();
    }

    @Test
    void find_ignoresTheSnapsOwnAttack() {
        assertThat(PopsOnSnap.find(snap(0.1, 0.004))).isEmpty();
    }
}
