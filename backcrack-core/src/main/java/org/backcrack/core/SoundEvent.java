package org.backcrack.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One joint sound in a recording: where it starts and ends, in seconds from the start of the recording,
 * and its class.
 *
 * @param onset     start in seconds, finite and &ge; 0
 * @param offset    end in seconds, &ge; onset
 * @param soundClass the class of the sound
 */
public record SoundEvent(double onset, double offset, SoundClass soundClass) {
    public SoundEvent {
        Objects.requireNonNull(soundClass, "soundClass");
        if (!Double.isFinite(onset) || onset < 0) {
            throw new IllegalArgumentException("onset must be a finite number of seconds >= 0, was " + onset);
        }
        if (!Double.isFinite(offset) || offset < onset) {
            throw new IllegalArgumentException("offset must be finite and >= onset (" + onset + "), was " + offset);
        }
    }

    /** Length in seconds. */
    public double duration() {
        return offset - onset;
    }

    /** Onsets closer than this fuse into one sound for a listener (the echo threshold for clicks), s. */
    public static final double FUSION_SECONDS = 0.005;

    /**
     * The events as a listener or an annotator can tell them apart: sounds of the same class that overlap in
     * time (a second pop starting before the first has died away) or start less than {@link #FUSION_SECONDS}
     * apart (two joints letting go together; clicks this close are heard as one, Litovsky et al. 1999,
     * "The precedence effect", J Acoust Soc Am 106:1633) are one event, from the first onset to the last
     * offset. Annotations for sound event detection are made this way (dcase_util merges same-label events
     * closer than a minimum gap); the simulator's truth file still lists every pop.
     *
     * @return the merged events, sorted by onset
     */
    public static List<SoundEvent> audible(List<SoundEvent> events) {
        List<SoundEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(SoundEvent::onset));
        List<SoundEvent> out = new ArrayList<>();
        List<Double> lastOnset = new ArrayList<>();
        for (SoundEvent e : sorted) {
            int last = -1;
            for (int i = out.size() - 1; i >= 0; i--) {
                if (out.get(i).soundClass() == e.soundClass()) {
                    last = i;
                    break;
                }
            }
            if (last >= 0 && (e.onset() < out.get(last).offset() || e.onset() - lastOnset.get(last) < FUSION_SECONDS)) {
                SoundEvent prev = out.get(last);
                out.set(last, new SoundEvent(prev.onset(), Math.max(prev.offset(), e.offset()), e.soundClass()));
                lastOnset.set(last, e.onset());
            } else {
                out.add(e);
                lastOnset.add(e.onset());
            }
        }
        return out;
    }
}
