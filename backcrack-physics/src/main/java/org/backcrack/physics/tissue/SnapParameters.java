package org.backcrack.physics.tissue;

/**
 * A tendon or ligament crossing a bony prominence.
 *
 * @param tension         tension with relaxed muscles, N (spinal muscle tendons: tens to a few hundred N)
 * @param catchTension    tension above which friction holds the tissue on the prominence, N
 * @param friction        static friction coefficient tissue-on-bone through bursa or periosteum
 * @param lateralStiffness sideways stiffness of the tissue band, N/m
 * @param mass            effective moving mass, kg
 * @param contactRadius   radius of the radiating contact, m
 * @param catchFraction   where in the range it catches, as a fraction of the peak angle, (0, 1)
 * @param modeHz          the surrounding tissue's mode, Hz
 * @param modeQ           its quality factor
 */
public record SnapParameters(
        double tension,
        double catchTension,
        double friction,
        double lateralStiffness,
        double mass,
        double contactRadius,
        double catchFraction,
        double modeHz,
        double modeQ) {
    public SnapParameters {
        if (!(tension > 0
                && catchTension > 0
                && friction > 0
                && lateralStiffness > 0
                && mass > 0
                && contactRadius > 0
                && catchFraction > 0
                && catchFraction < 1
                && modeHz >= 20
                && modeHz <= 2000
                && modeQ >= 0.5)) {
            throw new IllegalArgumentException("snap parameters out of range");
        }
    }

    /**
     * A tendon over a spinous or transverse process. Values are order-of-magnitude assumptions (no
     * measurement of spinal tendon snapping exists): 60 N relaxed, catching above 110 N, μ_s 0.3,
     * k = 5·10⁴ N/m, 5 g, a 2 mm contact, 120 Hz tissue mode with Q 4.
     *
     * @param tightness muscle tightness in [0, 1]: tension × (1 + 1.5·tightness)
     */
    public static SnapParameters spinalTendon(double tightness) {
        if (!(tightness >= 0 && tightness <= 1)) {
            throw new IllegalArgumentException("tightness must be in [0, 1], was " + tightness);
        }
        return new SnapParameters(60 * (1 + 1.5 * tightness), 110, 0.3, 5e4, 0.005, 2e-3, 0.6, 120, 4);
    }
}
