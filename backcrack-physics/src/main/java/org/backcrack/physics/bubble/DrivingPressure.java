package org.backcrack.physics.bubble;

/** The far-field liquid pressure p∞(t) that drives a bubble, Pa, and its rate, Pa/s. */
public interface DrivingPressure {
    double at(double t);

    double rate(double t);

    /** A constant pressure. */
    static DrivingPressure constant(double p) {
        return new DrivingPressure() {
            @Override
            public double at(double t) {
                return p;
            }

            @Override
            public double rate(double t) {
                return 0;
            }
        };
    }
}
