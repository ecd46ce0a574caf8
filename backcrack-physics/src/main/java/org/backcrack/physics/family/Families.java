package org.backcrack.physics.family;

import java.util.List;
import java.util.Objects;

/**
 * Which model makes each class of joint sound in a simulation, and under which recording condition it is
 * heard: the analyzer is trained on some families and judged on others, so that it is not judged only on
 * the model it was designed on (docs/acoustics.md, "Model families").
 *
 * <p>{@code physics} is the first-principles simulation of this module (bubble dynamics, a tendon's
 * stick–release, cartilage stick–slip); the other sound families are signal models taken from other
 * descriptions in the literature ({@link SoundFamilies}); the condition families are recording chains
 * ({@link org.backcrack.physics.record.Conditions}).
 *
 * @param pop       family of the gas pops: physics, knuckle, burst, rising
 * @param snap      family of the tendon and ligament snaps: physics, thud, sharp, double
 * @param grating   family of the grating trains: physics, sparse, dense, friction
 * @param condition recording condition: plain, phone, codec, reverb, clipped, contact
 */
public record Families(String pop, String snap, String grating, String condition) {
    public static final String PHYSICS = "physics";
    public static final List<String> POPS = List.of(PHYSICS, "knuckle", "burst", "rising");
    public static final List<String> SNAPS = List.of(PHYSICS, "thud", "sharp", "double");
    public static final List<String> GRATINGS = List.of(PHYSICS, "sparse", "dense", "friction");
    public static final List<String> CONDITIONS = List.of("plain", "phone", "codec", "reverb", "clipped", "contact");
    /** The physics families under the plain recording chain: what every simulation was before families. */
    public static final Families DEFAULT = new Families(PHYSICS, PHYSICS, PHYSICS, "plain");

    public Families {
        check(pop, POPS, "pop");
        check(snap, SNAPS, "snap");
        check(grating, GRATINGS, "grating");
        check(condition, CONDITIONS, "condition");
    }

    private static void check(String value, List<String> allowed, String what) {
        Objects.requireNonNull(value, what);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(what + " family must be one of " + allowed + ", was " + value);
        }
    }

    /**
     * Every family as {@code class.family} ({@code pop.knuckle}, {@code condition.phone}, ...): the names
     * {@code evaluate --holdout-family} takes.
     */
    public static List<String> qualifiedNames() {
        List<String> out = new java.util.ArrayList<>();
        POPS.forEach(f -> out.add("pop." + f));
        SNAPS.forEach(f -> out.add("snap." + f));
        GRATINGS.forEach(f -> out.add("grating." + f));
        CONDITIONS.forEach(f -> out.add("condition." + f));
        return out;
    }

    /** Whether this combination uses the family named {@code class.family}. */
    public boolean uses(String qualified) {
        int dot = qualified.indexOf('.');
        String kind = dot < 0 ? "" : qualified.substring(0, dot);
        String name = dot < 0 ? qualified : qualified.substring(dot + 1);
        return switch (kind) {
            case "pop" -> pop.equals(name);
            case "snap" -> snap.equals(name);
            case "grating" -> grating.equals(name);
            case "condition" -> condition.equals(name);
            default ->
                throw new IllegalArgumentException("not a family: " + qualified + "; one of " + qualifiedNames());
        };
    }

    /** This combination with the family named {@code class.family} put in. */
    public Families with(String qualified) {
        uses(qualified);
        String name = qualified.substring(qualified.indexOf('.') + 1);
        return switch (qualified.substring(0, qualified.indexOf('.'))) {
            case "pop" -> new Families(name, snap, grating, condition);
            case "snap" -> new Families(pop, name, grating, condition);
            case "grating" -> new Families(pop, snap, name, condition);
            default -> new Families(pop, snap, grating, name);
        };
    }
}
