package org.backcrack.physics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MovementProfileTest {
    @ParameterizedTest
    @EnumSource(
            value = MovementType.class,
            names = {"STRETCH", "TWIST", "BEND", "FLEX_EXTEND"})
    void profile_reachesAmplitudeAtRequestedPeakSpeed_andReturnsToNeutral(MovementType type) {
        MovementProfile p = MovementProfile.repeated(new Movement(type, 30, 60, 2, 5, "left"), 0.5);
        double maxAngle = 0;
        double maxSpeed = 0;
        for (double t = 0; t < p.duration(); t += 1e-4) {
            maxAngle = Math.max(maxAngle, p.angle(t));
            maxSpeed = Math.max(maxSpeed, Math.abs(p.angularVelocity(t)));
            assertThat(p.angle(t)).isBetween(-1e-12, Math.toRadians(30) + 1e-12);
        }
        assertThat(maxAngle).isCloseTo(Math.toRadians(30), within(1e-9));
        assertThat(maxSpeed).isCloseTo(Math.toRadians(60), within(Math.toRadians(60) * 1e-3));
        assertThat(p.angle(p.duration() + 1)).isZero();
        assertThat(p.starts()).containsExactly(0.5, 5.5);
    }

    @ParameterizedTest
    @EnumSource(
            value = MovementType.class,
            names = {"TWIST"})
    void angularVelocity_isTheDerivativeOfAngle(MovementType type) {
        MovementProfile p = MovementProfile.repeated(new Movement(type, 20, 90, 1, 0, "right"), 0);
        double h = 1e-6;
        for (double t = 0.01; t < p.duration(); t += 0.013) {
            double numeric = (p.angle(t + h) - p.angle(t - h)) / (2 * h);
            assertThat(p.angularVelocity(t)).isCloseTo(numeric, within(1e-4));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = MovementType.class,
            names = {"THRUST"})
    void thrust_isSlowPositioningThenAFastPush(MovementType type) {
        MovementProfile p = MovementProfile.repeated(new Movement(type, 15, 150, 1, 0, "right"), 0);
        double fastTime = 0;
        for (double t = 0; t < p.duration(); t += 1e-4) {
            if (p.angularVelocity(t) > Math.toRadians(20)) {
                fastTime += 1e-4;
            }
        }
        // The push covers 4.5 degrees at up to 150 deg/s: tens of milliseconds, like a real thrust.
        assertThat(fastTime).isBetween(0.01, 0.1);
    }
}
