package org.backcrack.physics.joint;

import static org.assertj.core.api.Assertions.assertThat;

import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.motion.MovementProfile;
import org.backcrack.physics.motion.MovementType;
import org.junit.jupiter.api.Test;

class PartialCollapseTest {
    /** A lumbar facet at the target of a thrust: 1.3 mm/rad × 2.5 (thrust gapping). */
    private static FacetJoint lumbar(double refillTime) {
        return new FacetJoint("L4/L5 right", 1.6e-4, 1.5e-6, 1.005e-13, refillTime, -120e3, 3.25e-3, 190, 1.0);
    }

    private static final MovementProfile THRUST =
            MovementProfile.repeated(new Movement(MovementType.THRUST, 15, 150, 1, 0, "right"), 0.3);
    private final FacetJointCavitation model = new FacetJointCavitation(SynovialFluid.healthy(), 48_000);

    private Cavitation pop(FacetJoint joint, CavitationSource source) {
        return model.firstCavitation(joint, THRUST, 0, THRUST.duration(), source)
                .orElseThrow();
    }

    @Test
    void partialCollapse_bornLikeTheInceptionPop_collapsesPartlyAfterTheSeparationHasEnded() {
        Cavitation inception = pop(lumbar(0.1), CavitationSource.INCEPTION);
        Cavitation c = pop(lumbar(0.1), CavitationSource.PARTIAL_COLLAPSE);
        assertThat(c.source()).isEqualTo(CavitationSource.PARTIAL_COLLAPSE);
        // The same cavity is born at the same moment under the same tension.
        assertThat(c.time()).isEqualTo(inception.time());
        assertThat(c.tension()).isEqualTo(inception.tension());
        double separationEnd = PartialCollapse.separationEnd(lumbar(0.1), THRUST, c.time(), THRUST.duration());
        assertThat(separationEnd).isGreaterThan(c.time()).isLessThan(THRUST.duration());
        // Heard when the joint has stopped opening, not at inception.
        assertThat(c.soundTime()).isGreaterThan(separationEnd);
        assertThat(c.emission().onset()).isGreaterThan(c.time());
        // It collapses to less than half its radius, and its gas stops it short of nothing: a bubble remains.
        assertThat(c.collapseRadius()).isLessThan(0.5 * c.cavityRadius()).isGreaterThan(50e-6);
    }

    @Test
    void partialCollapse_slowerRefill_collapsesLater() {
        // The refill is what recovers the pressure once the gap stops opening: slower refill, later collapse.
        Cavitation quick = pop(lumbar(0.1), CavitationSource.PARTIAL_COLLAPSE);
        Cavitation slow = pop(lumbar(0.2), CavitationSource.PARTIAL_COLLAPSE);
        double quickDelay =
                quick.soundTime() - PartialCollapse.separationEnd(lumbar(0.1), THRUST, quick.time(), THRUST.duration());
        double slowDelay =
                slow.soundTime() - PartialCollapse.separationEnd(lumbar(0.2), THRUST, slow.time(), THRUST.duration());
        assertThat(slowDelay).isGreaterThan(1.5 * quickDelay);
    }

    @Test
    void partialCollapse_isDeterministic() {
        Cavitation a = pop(lumbar(0.1), CavitationSource.PARTIAL_COLLAPSE);
        Cavitation b = pop(lumbar(0.1), CavitationSource.PARTIAL_COLLAPSE);
        assertThat(a.emission().pressure()).containsExactly(b.emission().pressure());
        assertThat(a.bubble().radius()).containsExactly(b.bubble().radius());
        assertThat(a.soundTime()).isEqualTo(b.soundTime());
    }

    @Test
    void partialCollapse_inThisJointIsQuasiStatic_farQuieterThanTheInceptionPop() {
        // The refill recovers the pressure over tenths of a second, far slower than the bubble's Rayleigh time
        // (~0.2 ms for 2 mm), so the collapse radiates little: docs/science.md section 2.
        Cavitation inception = pop(lumbar(0.1), CavitationSource.INCEPTION);
        Cavitation c = pop(lumbar(0.1), CavitationSource.PARTIAL_COLLAPSE);
        assertThat(c.peakPressure()).isPositive().isLessThan(1e-3 * inception.peakPressure());
    }

    @Test
    void inception_theFourArgumentCallIsTheInceptionSource_unchanged() {
        Cavitation plain =
                model.firstCavitation(lumbar(0.1), THRUST, 0, THRUST.duration()).orElseThrow();
        Cavitation explicit = pop(lumbar(0.1), CavitationSource.INCEPTION);
        assertThat(plain.source()).isEqualTo(CavitationSource.INCEPTION);
        assertThat(plain.soundTime()).isEqualTo(plain.time());
        assertThat(plain.collapseRadius()).isEqualTo(plain.cavityRadius());
        assertThat(plain.emission().pressure())
                .containsExactly(explicit.emission().pressure());
        assertThat(plain.emission().onset()).isEqualTo(explicit.emission().onset());
    }
}
