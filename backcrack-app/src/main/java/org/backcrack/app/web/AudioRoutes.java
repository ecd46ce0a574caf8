package org.backcrack.app.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.backcrack.core.InputException;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.WavReader;

/**
 * {@code POST /api/v1/analyze} (a WAV recording in, its sound events out) and {@code POST /api/v1/simulate}
 * (a built-in scenario in, a simulated recording out). Limits are checked before anything is read: the
 * size from Content-Length, the duration from the decoded recording.
 */
final class AudioRoutes {
    private static final Set<String> WAV_TYPES = Set.of("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave",
            "application/octet-stream");

    private final WebOptions options;

    AudioRoutes(WebOptions options) {
        this.options = options;
    }

    void analyze(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!WAV_TYPES.contains(type)) {
            throw new HttpProblem(415, "upload.not_wav", "Content-Type", "send the recording as the request body with "
                    + "Content-Type: audio/wav (got '" + (type.isEmpty() ? "none" : type) + "').");
        }
        long length = ctx.contentLength();
        if (length > options.maxUploadBytes()) {
            throw tooLarge(length);
        }
        byte[] wav = ctx.bodyAsBytes();
        if (wav.length > options.maxUploadBytes()) {
            throw tooLarge(wav.length);
        }
        if (wav.length == 0) {
            throw new InputException("upload.empty", "file", "the recording is empty; send a WAV "
                    + "file as the request body.");
        }
        AudioClip clip = decode(wav);
        if (clip.duration() > options.maxUploadSeconds()) {
            throw new InputException("upload.too_long", "file", String.format(Locale.ROOT, "the recording lasts %.1f s; "
                    + "at most %s s are analysed. Record only the movement that cracks, or cut the file.",
                    clip.duration(), seconds(options.maxUploadSeconds())));
        }
        throw new HttpProblem(503, "analysis.unavailable", null, "sound analysis is not available in this build of "
                + "backcrack yet (the acoustic analyzer has not landed). The questionnaire and journal work; "
                + "record the number of pops by ear in the journal meanwhile.");
    }

    /** The WAV as a clip; a file the reader rejects is a 400 with its key, about the field {@code file}. */
    private AudioClip decode(byte[] wav) {
        try (WavReader r = WavReader.open(new ByteArrayInputStream(wav), "the recording")) {
            // The header tells the length before any sample is decoded, unless the recorder left it open.
            if (r.info().frames() > 0 && r.info().duration() > options.maxUploadSeconds()) {
                throw new InputException("upload.too_long", "file", String.format(Locale.ROOT, "the recording lasts "
                        + "%.1f s; at most %s s are analysed. Record only the movement that cracks, or cut the file.",
                        r.info().duration(), seconds(options.maxUploadSeconds())));
            }
            return r.readAll();
        } catch (InputException e) {
            throw "file".equals(e.field()) ? e : new InputException(e.key(), "file", e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
    }

    private HttpProblem tooLarge(long bytes) {
        return new HttpProblem(413, "upload.too_large", "file", "the recording has " + bytes + " bytes; at most "
                + options.maxUploadBytes() + " are accepted (about " + (long) options.maxUploadSeconds()
                + " seconds). Record a shorter clip, or mono at 44.1 or 48 kHz.");
    }

    void scenarios(Context ctx) {
        throw unavailable();
    }

    void simulate(Context ctx) {
        throw unavailable();
    }

    private static HttpProblem unavailable() {
        return new HttpProblem(503, "simulation.unavailable", null, "the sound simulator is not available in this "
                + "build of backcrack yet (the physics module's simulator has not landed).");
    }
}
