package org.backcrack.physics.joint;

import java.util.Objects;

/**
 * One facet (zygapophyseal) joint: two cartilage surfaces with a film of synovial fluid, closed by a
 * capsule. When the movement pulls the surfaces apart by δ, the cavity's volume grows by A·δ; the fluid
 * cannot follow at once, so its pressure drops by A·δ/C (C the capsule's compliance) and recovers as fluid
 * seeps in from the joint recesses with time constant {@code refillTime}. When the pressure falls to
 * {@code cavitationPressure} (a tension, below zero absolute), the surfaces tribonucleate a cavity.
 *
 * @param name               level and side, e.g. {@code L4/L5 left}
 * @param area               cartilage area, m², (0, 10 cm²]
 * @param fluidVolume        synovial fluid in the capsule, m³
 * @param compliance         capsule compliance dV/dp, m³/Pa, &gt; 0
 * @param refillTime         time constant of fluid refilling a gap, s, &gt; 0
 * @param cavitationPressure absolute fluid pressure at which a cavity nucleates, Pa, &lt; 0 (a tension)
 * @param gapScale           this joint's share of the movement: gap per radian of rotation, m/rad, &ge; 0
 * @param segmentModeHz      frequency at which the segment rings after the event, Hz
 * @param segmentQ           quality factor of that ringing, in [0.5, 50]
 */
public record FacetJoint(
        String name,
        double area,
        double fluidVolume,
        double compliance,
        double refillTime,
        double cavitationPressure,
        double gapScale,
        double segmentModeHz,
        double segmentQ) {
    public FacetJoint {
        Objects.requireNonNull(name, "name");
        if (!(area > 0 && area <= 10e-4)) {
            throw new IllegalArgumentException("area must be in (0, 10 cm²], was " + area + " m²");
        }
        if (!(fluidVolume > 0) || !(compliance > 0) || !(refillTime > 0)) {
            throw new IllegalArgumentException("fluid volume, compliance and refill time must be > 0");
        }
        if (!(cavitationPressure < 0)) {
            throw new IllegalArgumentException(
                    "cavitation pressure must be a tension (< 0 Pa), was " + cavitationPressure);
        }
        if (!(gapScale >= 0)
                || !(segmentModeHz >= 20 && segmentModeHz <= 5000)
                || !(segmentQ >= 0.5 && segmentQ <= 50)) {
            throw new IllegalArgumentException("gap scale >= 0, segment mode 20..5000 Hz, Q 0.5..50");
        }
    }

    /** The same joint with another gap scale (how much of a particular movement reaches it). */
    public FacetJoint withGapScale(double scale) {
        return new FacetJoint(
                name, area, fluidVolume, compliance, refillTime, cavitationPressure, scale, segmentModeHz, segmentQ);
    }
}
