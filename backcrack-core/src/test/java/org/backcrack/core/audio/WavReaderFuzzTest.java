package org.backcrack.core.audio;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.backcrack.core.InputException;

/**
 * Coverage-guided fuzzing of the WAV reader (Jazzer). In every build the committed inputs under
 * {@code src/test/resources/org/backcrack/core/audio/WavReaderFuzzTestInputs/} run as regression tests;
 * {@code .ci/run} fuzzes for a bounded time with {@code JAZZER_FUZZ=1}. Any bytes must give samples or an
 * {@link InputException}: never another exception, never an allocation the bytes did not pay for (the JVM's
 * heap in the fuzzing run is small on purpose), never a hang.
 */
class WavReaderFuzzTest {
    /** Frames a whole-file read may hold here: far more than any input the fuzzer makes. */
    private static final long MAX_FRAMES = 1 << 22;

    @FuzzTest(maxDuration = "60s")
    void anyBytes_giveSamplesOrAClearError(byte[] data) throws IOException {
        try (WavReader r = WavReader.open(new ByteArrayInputStream(data), "fuzz.wav")) {
            AudioClip clip = r.readAll(MAX_FRAMES);
            if (clip.channels().length != r.info().channels()) {
                throw new IllegalStateException("channel count changed");
            }
        } catch (InputException expected) {
            // a clear error naming what is wrong: the accepted outcome for bad bytes
        }
    }
}
