package org.backcrack.physics.bubble;

/**
 * A spherical bubble's equation of motion: the wall acceleration R̈ for a given radius, wall velocity and
 * far-field liquid pressure. Callers that couple the far-field pressure to the bubble (a closed joint whose
 * fluid pressure depends on the bubble's volume) pass p∞ and ṗ∞ themselves.
 */
public interface BubbleModel {
    /**
     * @param r       radius, m, &gt; 0
     * @param rdot    wall velocity, m/s
     * @param pInf    far-field liquid pressure, Pa
     * @param pInfDot its rate of change, Pa/s
     * @return wall acceleration, m/s²
     */
    double wallAcceleration(double r, double rdot, double pInf, double pInfDot);

    /** The bubble's contents and surroundings. */
    BubbleSetup setup();
}
