package org.backcrack.core;

/** The kinds of bad input the core module reports: audio files and label files. */
public enum CoreError implements ErrorKey {
    AUDIO_UNSUPPORTED_FORMAT(
            "audio.unsupported_format",
            "the file is an audio format backcrack does not read (it names a conversion command)"),
    FLAC_BAD_CHANNEL("flac.bad_channel", "the channel asked for does not exist in the FLAC file"),
    FLAC_BAD_BITS("flac.bad_bits", "the FLAC file has a sample size backcrack does not read"),
    FLAC_BAD_SAMPLE_RATE("flac.bad_sample_rate", "the FLAC file declares a sample rate outside the accepted range"),
    FLAC_CORRUPT("flac.corrupt", "the FLAC file is damaged: a frame or metadata block cannot be decoded"),
    FLAC_EMPTY("flac.empty", "the FLAC file has no bytes"),
    FLAC_NO_SAMPLES("flac.no_samples", "the FLAC file has a header but no audio frames"),
    FLAC_NOT_FLAC("flac.not_flac", "the file has a .flac name or was taken for FLAC but does not start with fLaC"),
    FLAC_TOO_LONG("flac.too_long", "the FLAC recording is longer than the limit for this use"),
    FLAC_TRUNCATED("flac.truncated", "the FLAC file ends before the audio its header announces"),
    LABELS_BAD_LINE("labels.bad_line", "a line of an Audacity label file is not start, end and a sound class"),
    LABELS_NOT_TEXT("labels.not_text", "a label file is not UTF-8 text"),
    LABELS_TOO_MANY("labels.too_many", "a label file has more than 200,000 labels or a line over 4,096 characters"),
    LABELS_TOO_DENSE(
            "labels.too_dense",
            "reference and estimated labels pile up at one time so densely that scoring them is refused (over"
                    + " 2 million candidate pairs or 200 million search steps)"),
    WAV_BAD_BITS("wav.bad_bits", "the WAV file has a sample size backcrack does not read"),
    WAV_BAD_CHANNEL("wav.bad_channel", "the channel asked for does not exist in the WAV file"),
    WAV_BAD_BLOCK_ALIGN(
            "wav.bad_block_align", "the WAV header's block size does not match its channels and sample size"),
    WAV_BAD_CHANNELS("wav.bad_channels", "the WAV header declares an impossible number of channels"),
    WAV_BAD_FMT("wav.bad_fmt", "the WAV file's fmt chunk has an impossible size"),
    WAV_BAD_SAMPLE_RATE("wav.bad_sample_rate", "the WAV file declares a sample rate outside the accepted range"),
    WAV_EMPTY("wav.empty", "the WAV file has no bytes"),
    WAV_FILE_NOT_FOUND("wav.file_not_found", "no file exists at the given path"),
    WAV_NO_DATA("wav.no_data", "the WAV file has no data chunk"),
    WAV_NO_FMT("wav.no_fmt", "the WAV file has no fmt chunk before its samples"),
    WAV_NO_SAMPLES("wav.no_samples", "the WAV file has a header but no samples"),
    WAV_NOT_A_FILE("wav.not_a_file", "the path names a directory, not a recording"),
    WAV_NOT_RIFF("wav.not_riff", "the file does not start like a WAV file (RIFF....WAVE)"),
    WAV_TOO_LONG("wav.too_long", "the WAV recording is longer than the limit for this use"),
    WAV_TRUNCATED("wav.truncated", "the WAV file ends before the audio its header announces"),
    WAV_UNSUPPORTED_CODEC("wav.unsupported_codec", "the WAV file holds compressed audio backcrack does not decode"),
    WAV_UNSUPPORTED_CONTAINER(
            "wav.unsupported_container", "the file is a RIFF variant backcrack does not read (RIFX, RF64)");

    private final String key;
    private final String meaning;

    CoreError(String key, String meaning) {
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
