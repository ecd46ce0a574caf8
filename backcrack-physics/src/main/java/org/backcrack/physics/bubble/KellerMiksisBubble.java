package org.backcrack.physics.bubble;

/**
 * Keller–Miksis: (1 − Ṙ/c) R R̈ + 3/2 (1 − Ṙ/3c) Ṙ² = (1 + Ṙ/c)(p_L − p∞)/ρ + R (ṗ_L − ṗ∞)/(ρc), which adds
 * the liquid's compressibility (radiation damping) to Rayleigh–Plesset (Keller &amp; Miksis 1980, J Acoust
 * Soc Am 68:628). ṗ_L contains R̈ through the viscous term; it is moved to the left-hand side, and the
 * viscosity's own rate of change (shear-thinning) is neglected there.
 */
public record KellerMiksisBubble(BubbleSetup setup) implements BubbleModel {
    @Override
    public double wallAcceleration(double r, double rdot, double pInf, double pInfDot) {
        Liquid liquid = setup.liquid();
        double rho = liquid.density();
        double c = liquid.soundSpeed();
        double mu = liquid.viscosity(r, rdot);
        double sigma = liquid.surfaceTension();
        double gas = setup.gasPressure(r);
        double pWall = setup.wallPressure(r, rdot);
        double dpWallWithoutAcceleration = -3 * setup.polytropicIndex() * gas * rdot / r
                + 2 * sigma * rdot / (r * r)
                + 4 * mu * rdot * rdot / (r * r);
        double lhs = (1 - rdot / c) * r + 4 * mu / (rho * c);
        double rhs = (1 + rdot / c) * (pWall - pInf) / rho
                + r * (dpWallWithoutAcceleration - pInfDot) / (rho * c)
                - 1.5 * (1 - rdot / (3 * c)) * rdot * rdot;
        return rhs / lhs;
    }
}
