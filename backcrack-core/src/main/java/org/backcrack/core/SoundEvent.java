package org.backcrack.core;

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
}
