package org.backcrack.physics.joint;

import java.util.Objects;
import org.backcrack.physics.Emission;

/**
 * One cavitation: a facet joint popped.
 *
 * @param joint            which joint
 * @param time             time of cavity inception, s from the start of the scenario
 * @param tension          fluid pressure at inception, Pa (negative: a tension)
 * @param maxRadius        largest bubble radius in the first milliseconds, m
 * @param cavityRadius     radius the cavity settles at while the joint is held open (for a partial
 *                         collapse: its radius when the separation ends), m
 * @param peakPressure     largest pressure of {@code emission} (the sound heard), Pa at 1 cm
 * @param bubble           the bubble's radius (m) and radiated pressure at 1 cm (Pa) sampled at
 *                         {@code emission.sampleRate()} from 0.5 ms before inception, for plots
 * @param emission         the sound: radiated pressure shaped by the segment's ringing, Pa at 1 cm
 * @param source           which moment of the cavitation made the sound
 * @param soundTime        when the sound starts, s from the start of the scenario: {@code time} for
 *                         {@link CavitationSource#INCEPTION}; for {@link CavitationSource#PARTIAL_COLLAPSE}
 *                         the first moment the shaped collapse sound reaches 10% of its peak
 * @param collapseRadius   smallest radius of the partial collapse, m; for inception (nothing collapses) the
 *                         settled {@code cavityRadius}
 */
public record Cavitation(
        FacetJoint joint,
        double time,
        double tension,
        double maxRadius,
        double cavityRadius,
        double peakPressure,
        BubbleTrace bubble,
        Emission emission,
        CavitationSource source,
        double soundTime,
        double collapseRadius) {
    public Cavitation {
        Objects.requireNonNull(joint, "joint");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bubble, "bubble");
        Objects.requireNonNull(emission, "emission");
    }

    /** Bubble radius and radiated pressure sampled on a uniform grid. */
    public record BubbleTrace(double[] radius, double[] pressure) {
        public BubbleTrace {
            radius = radius.clone();
            pressure = pressure.clone();
        }

        @Override
        public double[] radius() {
            return radius.clone();
        }

        @Override
        public double[] pressure() {
            return pressure.clone();
        }
    }
}
