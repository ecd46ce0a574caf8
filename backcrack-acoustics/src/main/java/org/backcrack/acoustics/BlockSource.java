package org.backcrack.acoustics;

import java.io.IOException;

/** Mono samples in blocks, as a WAV reader gives them: fills the buffer and says how many it wrote (0 at the end). */
@FunctionalInterface
public interface BlockSource {
    int read(float[] buffer) throws IOException;
}
