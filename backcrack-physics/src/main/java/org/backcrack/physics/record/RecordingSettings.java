package org.backcrack.physics.record;

import java.util.List;
import java.util.Objects;

/**
 * How a scenario is recorded.
 *
 * @param sensor       the sensor
 * @param distance     air microphone: distance from the skin, m, [0.01, 2]; contact sensors: ignored
 * @param tissueDepth  depth of the joints under the skin, m, [0.005, 0.15]
 * @param sampleRate   Hz, 8000..192000
 * @param format       sample format id as in the WAV writer (pcm_u8, pcm_s16, pcm_s24, pcm_s32, float_32, float_64)
 * @param channels     1 or 2 (two sensors, left and right of the spine)
 * @param snrDb        event-to-noise ratio, dB, [-10, 80]: the quietest labelled event's mean power over the
 *                     mean power of the added noise (every labelled event is at least this far above it)
 * @param humDb        mains hum (50 Hz and harmonics) relative to the noise, dB, or null for none
 * @param rumble       whether to add body-movement rumble (below 20 Hz, following the movement)
 * @param dcOffset     DC offset, full scale, [-0.5, 0.5]
 * @param headroomDb   loudest clean event peak below full scale, dB; negative drives it into clipping
 * @param distractors  non-joint sounds to mix in: speech, rustle, tap, beep, chime (each may repeat)
 * @param windowS      when set, only this many seconds around each repetition are kept (long scenarios)
 */
public record RecordingSettings(
        Sensor sensor,
        double distance,
        double tissueDepth,
        int sampleRate,
        String format,
        int channels,
        double snrDb,
        Double humDb,
        boolean rumble,
        double dcOffset,
        double headroomDb,
        List<String> distractors,
        Double windowS) {
    /**
     * The distractors a corpus draws from ({@code CorpusPlan}): the order and the count are part of every
     * corpus's definition, so a new kind goes into {@link #KINDS}, not here.
     */
    public static final List<String> DISTRACTORS = List.of("speech", "rustle", "tap", "beep");
    /**
     * Every distractor a scenario may name: those a corpus draws, and a {@code chime} (a phone's notification or
     * a computer's sound, which only the analyzer's training corpus adds: {@code CorpusPlan.withChimes}).
     */
    public static final List<String> KINDS = List.of("speech", "rustle", "tap", "beep", "chime");

    public RecordingSettings {
        Objects.requireNonNull(sensor, "sensor");
        Objects.requireNonNull(format, "format");
        distractors = List.copyOf(distractors);
    }

    /** The same settings with these distractors. */
    public RecordingSettings withDistractors(List<String> kinds) {
        return new RecordingSettings(
                sensor,
                distance,
                tissueDepth,
                sampleRate,
                format,
                channels,
                snrDb,
                humDb,
                rumble,
                dcOffset,
                headroomDb,
                kinds,
                windowS);
    }

    public static RecordingSettings defaults() {
        return new RecordingSettings(
                Sensor.AIR_MICROPHONE, 0.1, 0.04, 48_000, "pcm_s16", 1, 30, null, false, 0, 6, List.of(), null);
    }
}
