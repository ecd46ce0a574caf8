package org.backcrack.acoustics;

import java.util.Optional;
import org.backcrack.acoustics.features.EventFeatures;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * A joint sound the analyzer found.
 *
 * @param onset      seconds from the start of the recording
 * @param offset     seconds, &ge; onset
 * @param soundClass the class, or null when the confidence was below the threshold (reported as unclassified)
 * @param confidence the probability that the event is right: the best class's probability through the
 *                   model's calibration map ({@code classify.Calibration}), in [0, 1]
 * @param features   what it sounds like
 */
public record DetectedEvent(
        double onset, double offset, SoundClass soundClass, double confidence, EventFeatures features) {
    public DetectedEvent {
        if (!(offset >= onset) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("offset must be >= onset and confidence in [0, 1]");
        }
    }

    public Optional<SoundClass> classified() {
        return Optional.ofNullable(soundClass);
    }

    /** The class id, or {@code unclassified}. */
    public String label() {
        return soundClass == null ? "unclassified" : soundClass.id();
    }

    /** As a labelled event, if classified. */
    public Optional<SoundEvent> asSoundEvent() {
        return soundClass == null ? Optional.empty() : Optional.of(new SoundEvent(onset, offset, soundClass));
    }
}
