package org.backcrack.physics.scenario;

/**
 * The person whose back is simulated.
 *
 * @param age                 years, 10..100
 * @param osteoarthritisGrade Kellgren–Lawrence grade of the facet joints, 0..4
 * @param boneSpurs           number of osteophytes that catch, 0..10
 * @param muscleTightness     0 relaxed .. 1 very tight
 * @param hoursStatic         hours spent in one posture before the movement, 0..24
 * @param fatigue             muscle fatigue, 0 fresh .. 1 exhausted
 */
public record Person(
        double age,
        int osteoarthritisGrade,
        int boneSpurs,
        double muscleTightness,
        double hoursStatic,
        double fatigue) {
    public Person {
        if (!(age >= 10 && age <= 100)
                || osteoarthritisGrade < 0
                || osteoarthritisGrade > 4
                || boneSpurs < 0
                || boneSpurs > 10
                || !(muscleTightness >= 0 && muscleTightness <= 1)
                || !(hoursStatic >= 0 && hoursStatic <= 24)
                || !(fatigue >= 0 && fatigue <= 1)) {
            throw new IllegalArgumentException("person out of range");
        }
    }

    /**
     * How stiff the first movement finds the back, in [0, 1]: rises with hours spent still (time constant
     * 1 h, assumed) and with fatigue.
     */
    public double stiffness() {
        return Math.min(1, Math.max(1 - Math.exp(-hoursStatic), 0.5 * fatigue));
    }
}
