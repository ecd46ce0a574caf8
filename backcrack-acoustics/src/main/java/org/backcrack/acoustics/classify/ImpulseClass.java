package org.backcrack.acoustics.classify;

/**
 * What a single transient is: a pop, a snap, one click of a crepitus train, or one of the things a
 * recording holds that are not joints. Those get classes of their own (speech, clothes rustle, a tap on
 * the sensor, a beep, background noise or the tail of another sound) because they sound nothing alike, and
 * one Gaussian could not describe them all.
 */
public enum ImpulseClass {
    CAVITATION,
    SNAP,
    CREPITUS_CLICK,
    SPEECH,
    RUSTLE,
    TAP,
    BEEP,
    NOISE;

    /** Whether it is a joint sound the analyzer reports. */
    public boolean isJoint() {
        return this == CAVITATION || this == SNAP || this == CREPITUS_CLICK;
    }

    /**
     * The class of a distractor kind ({@code speech}, {@code rustle}, {@code tap}, {@code beep}, {@code chime}: a
     * chime is an electronic sound at one pitch, as a beep is, struck rather than held).
     */
    public static ImpulseClass ofDistractor(String kind) {
        return switch (kind) {
            case "speech" -> SPEECH;
            case "rustle" -> RUSTLE;
            case "tap" -> TAP;
            case "beep", "chime" -> BEEP;
            default -> NOISE;
        };
    }
}
