package org.backcrack.spark;

import org.backcrack.core.ErrorKey;

/** The kinds of bad input the Spark batch reports (beyond the audio errors of core, which it passes on). */
public enum SparkError implements ErrorKey {
    BATCH_NO_INPUT("batch.no_input", "an input path matches no file or directory"),
    BATCH_NO_WAV("batch.no_wav", "the inputs hold no .wav or .flac recording"),
    BATCH_OUTPUT_EXISTS(
            "batch.output_exists",
            "the output directory already holds results and neither overwrite nor append was asked for");

    private final String key;
    private final String meaning;

    SparkError(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
