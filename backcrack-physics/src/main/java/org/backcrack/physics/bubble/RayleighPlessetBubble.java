package org.backcrack.physics.bubble;

/**
 * Rayleigh–Plesset: R R̈ + 3/2 Ṙ² = (p_L − p∞)/ρ — the incompressible limit of {@link KellerMiksisBubble}
 * (Plesset 1949, J Appl Mech 16:277).
 */
public record RayleighPlessetBubble(BubbleSetup setup) implements BubbleModel {
    @Override
    public double wallAcceleration(double r, double rdot, double pInf, double pInfDot) {
        double rho = setup.liquid().density();
        return ((setup.wallPressure(r, rdot) - pInf) / rho - 1.5 * rdot * rdot) / r;
    }
}
