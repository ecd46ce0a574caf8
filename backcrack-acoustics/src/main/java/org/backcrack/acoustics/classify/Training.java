package org.backcrack.acoustics.classify;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * Labels detected transients with the truth of a simulated recording, for fitting a classifier: a
 * transient that starts inside a crepitus train is a click of it; one that starts within 30 ms of a pop's
 * or a snap's onset is that pop or snap (a later piece of the same sound is not); one that starts inside a
 * distractor is that distractor; anything else is noise.
 */
public final class Training {
    private static final double ONSET = 0.03;

    private Training() {
    }

    /** A distractor's kind and time span, s. */
    public record Span(String kind, double start, double end) {
    }

    public static List<ImpulseClass> label(List<Impulse> impulses, List<SoundEvent> truth, List<Span> distractors) {
        List<ImpulseClass> out = new ArrayList<>(impulses.size());
        for (Impulse imp : impulses) {
            ImpulseClass c = ImpulseClass.NOISE;
            for (SoundEvent e : truth) {
                if (e.soundClass() == SoundClass.CREPITUS) {
                    if (imp.onset() >= e.onset() - 0.005 && imp.onset() <= e.offset() + 0.005) {
                        c = ImpulseClass.CREPITUS_CLICK;
                        break;
                    }
                } else if (Math.abs(imp.onset() - e.onset()) <= ONSET) {
                    c = e.soundClass() == SoundClass.CAVITATION ? ImpulseClass.CAVITATION : ImpulseClass.SNAP;
                    break;
                }
            }
            if (c == ImpulseClass.NOISE) {
                for (Span d : distractors) {
                    if (imp.onset() >= d.start() - 0.005 && imp.onset() <= d.end()) {
                        c = ImpulseClass.ofDistractor(d.kind());
                        break;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }
}
