package org.backcrack.core.audio;

/**
 * How samples are stored in a WAV file: little-endian integers (8-bit unsigned, 16/24/32-bit signed) or
 * IEEE floats (32/64-bit). Integer full scale maps to [-1, 1].
 */
public enum SampleFormat {
    PCM_U8(8, false),
    PCM_S16(16, false),
    PCM_S24(24, false),
    PCM_S32(32, false),
    FLOAT_32(32, true),
    FLOAT_64(64, true);

    static final int TAG_PCM = 1;
    static final int TAG_FLOAT = 3;
    static final int TAG_EXTENSIBLE = 0xFFFE;

    private final int bits;
    private final boolean floating;

    SampleFormat(int bits, boolean floating) {
        this.bits = bits;
        this.floating = floating;
    }

    /** Bits per sample. */
    public int bits() {
        return bits;
    }

    /** Bytes per sample. */
    public int bytes() {
        return bits / 8;
    }

    public boolean floating() {
        return floating;
    }

    /**
     * One quantisation step relative to full scale (2<sup>1−bits</sup>: 1/128 for 8-bit), or 0 for floating
     * point, whose resolution follows the signal.
     */
    public double step() {
        return floating ? 0 : 1.0 / (1L << (bits - 1));
    }

    /**
     * The smallest peak that is a sound in this format, relative to full scale: 1.5 quantisation steps. Below
     * that every sample rounds to zero or one step, and what is left of a sound is the last bit flipping,
     * which noise does as well. 0 for floating point.
     */
    public double smallestSound() {
        return 1.5 * step();
    }

    /** The plain WAVE format tag: 1 (PCM) or 3 (IEEE float). */
    int formatTag() {
        return floating ? TAG_FLOAT : TAG_PCM;
    }

    /** The format for a WAVE tag (1 or 3) and bit depth, or null if backcrack does not read it. */
    static SampleFormat of(int tag, int bits) {
        for (SampleFormat f : values()) {
            if (f.formatTag() == tag && f.bits == bits) {
                return f;
            }
        }
        return null;
    }

    /** Lower-case name for messages and options, e.g. {@code pcm_s16}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The format with this {@link #id()}, if any. */
    public static java.util.Optional<SampleFormat> fromId(String id) {
        for (SampleFormat f : values()) {
            if (f.id().equals(id)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
