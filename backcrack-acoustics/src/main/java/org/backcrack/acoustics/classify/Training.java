package org.backcrack.acoustics.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * Labels detected transients with the truth of a simulated recording, for fitting a classifier: a
 * transient that starts within 30 ms of a pop's or a snap's onset and lasts past it is that pop or snap (a
 * later piece of the same sound is not, nor a click that ends before it); else one that starts inside a
 * crepitus train is a click of it; else one that starts inside a distractor is that distractor; anything
 * else is noise.
 */
public final class Training {
    private static final double ONSET = 0.03;

    private Training() {}

    /** A distractor's kind and time span, s. */
    public record Span(String kind, double start, double end) {}

    public static List<ImpulseClass> label(List<Impulse> impulses, List<SoundEvent> truth, List<Span> distractors) {
        List<ImpulseClass> out = new ArrayList<>(impulses.size());
        for (Impulse imp : impulses) {
            ImpulseClass c = ImpulseClass.NOISE;
            // A pop or a snap first: a loud snap in the middle of a grating train is still a snap.
            for (SoundEvent e : truth) {
                if (e.soundClass() != SoundClass.CREPITUS
                        && Math.abs(imp.onset() - e.onset()) <= ONSET
                        && imp.offset() >= e.onset()) {
                    c = e.soundClass() == SoundClass.CAVITATION ? ImpulseClass.CAVITATION : ImpulseClass.SNAP;
                    break;
                }
            }
            if (c == ImpulseClass.NOISE) {
                for (SoundEvent e : truth) {
                    if (e.soundClass() == SoundClass.CREPITUS
                            && imp.onset() >= e.onset() - 0.005
                            && imp.onset() <= e.offset() + 0.005) {
                        c = ImpulseClass.CREPITUS_CLICK;
                        break;
                    }
                }
            }
            if (c == ImpulseClass.NOISE) {
                c = distractorAt(imp.onset(), distractors)
                        .map(ImpulseClass::ofDistractor)
                        .orElse(c);
            }
            out.add(c);
        }
        return out;
    }

    /** The kind of the first distractor a transient starting at {@code onset} starts inside, s. */
    public static Optional<String> distractorAt(double onset, List<Span> distractors) {
        for (Span d : distractors) {
            if (onset >= d.start() - 0.005 && onset <= d.end()) {
                return Optional.of(d.kind());
            }
        }
        return Optional.empty();
    }
}
