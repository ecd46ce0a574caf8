package org.backcrack.fhir;

import java.time.Instant;
import java.util.Objects;
import org.backcrack.core.SoundClass;

/**
 * How many sounds of one class backcrack's acoustic analyzer found in one recording, and when it was recorded:
 * the input of a sound-count {@code Observation} ({@link FhirExport#soundCount}).
 *
 * @param sound      the sound class
 * @param count      how many events of it, 0 or more
 * @param recordedAt when the recording was made (the observation's effective time)
 */
public record SoundCount(SoundClass sound, int count, Instant recordedAt) {
    public SoundCount {
        Objects.requireNonNull(sound, "sound");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (count < 0) {
            throw new IllegalArgumentException("a sound count is 0 or more, was " + count);
        }
    }
}
