/**
 * Reading and writing recordings: audio in memory as an immutable {@link AudioClip}, streaming readers for WAV
 * ({@link WavReader}) and FLAC ({@link FlacReader}) that keep memory bounded whatever the file's length, a
 * {@link WavWriter} whose output depends only on its input, and seeded white and pink {@link Noise}. Start with
 * {@link AudioReaders}, which opens a file or a stream by what its first bytes say it is and returns an
 * {@link AudioReader} that reads in blocks; a compressed format it does not read is an {@code InputException}
 * ({@code audio.unsupported_format}) that names the command that converts it. Bad bytes are
 * {@code InputException}s with {@code wav.*} or {@code flac.*} keys from {@link org.backcrack.core.CoreError},
 * while a failing stream stays an {@code IOException}. Depends on nothing in backcrack but
 * {@code org.backcrack.core} and on no library but jFLAC; it must never depend on another module.
 */
package org.backcrack.core.audio;
