package org.backcrack.core;

/**
 * A stable, machine-readable kind of bad input, with what it means in plain words beside it.
 *
 * <p>Each module keeps its keys in one enum implementing this interface (for example {@link CoreError}), so
 * the keys a client or a test can rely on are listed in one place per module and {@code docs/errors.md} is
 * generated from them. The message of one failure (which file, which value) is written where it happens;
 * the key says which kind it is and {@link #meaning()} what that kind means.
 */
public interface ErrorKey {
    /** Stable key, dotted lower case, e.g. {@code wav.truncated}. */
    String key();

    /** What this kind of error means, in one plain sentence, for documentation and API clients. */
    String meaning();
}
