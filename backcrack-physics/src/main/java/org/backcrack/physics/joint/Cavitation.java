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
 * @param cavityRadius     radius the cavity settles at while the joint is held open, m
 * @param peakPressure     largest radiated pressure at 1 cm, Pa
 * @param bubble           the bubble's radius (m) and radiated pressure at 1 cm (Pa) sampled at
 *                         {@code emission.sampleRate()} from {@code emission.onset()}, for plots
 * @param emission         the sound: radiated pressure shaped by the segment's ringing, Pa at 1 cm
 */
public record Cavitation(
        FacetJoint joint,
        double time,
        double tension,
        double maxRadius,
        double cavityRadius,
        double peakPressure,
        BubbleTrace bubble,
        Emission emission) {
    public Cavitation {
        Objects.requireNonNull(joint, "joint");
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
