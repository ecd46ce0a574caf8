package org.backcrack.core.audio;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.backcrack.core.InputException;

/**
 * Coverage-guided fuzzing of the FLAC reader and of the format sniffing in front of it (Jazzer), as
 * {@link WavReaderFuzzTest} does for WAV: the committed inputs under
 * {@code src/test/resources/org/backcrack/core/audio/FlacReaderFuzzTestInputs/} (small files from the reference
 * encoder: 8, 16 and 24-bit, mono and stereo) run as regression tests in every build; {@code .ci/fuzz} fuzzes
 * for a bounded time. Any bytes must give samples or an {@link InputException}: never another exception from the
 * decoder, never an allocation the bytes did not pay for, never a hang.
 */
class FlacReaderFuzzTest {
    /** Frames a whole-file read may hold here: far more than any input the fuzzer makes. */
    private static final long MAX_FRAMES = 1 << 22;

    @FuzzTest(maxDuration = "60s")
    void anyBytes_giveSamplesOrAClearError(byte[] data) throws IOException {
        try (AudioReader r = AudioReaders.open(new ByteArrayInputStream(data), "fuzz.flac")) {
            AudioClip clip = r.readAll(MAX_FRAMES);
            if (clip.channels().length != r.info().channels()) {
                throw new IllegalStateException("channel count changed");
            }
        } catch (InputException expected) {
            // a clear error naming what is wrong: the accepted outcome for bad bytes
        }
    }
}
