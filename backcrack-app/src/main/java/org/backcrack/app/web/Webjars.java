package org.backcrack.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.backcrack.app.AppError;

/**
 * The front-end libraries, from their webjars, under short stable names ({@code /lib/chart.js}) so that the
 * pages do not repeat the versions the POM already pins.
 */
final class Webjars {
    private record Lib(String artifact, String file) {}

    private static final Map<String, Lib> LIBS = Map.of(
            "chart.js", new Lib("chart.js", "dist/chart.umd.min.js"),
            "wavesurfer.js", new Lib("wavesurfer.js", "dist/wavesurfer.min.js"),
            "wavesurfer.regions.js", new Lib("wavesurfer.js", "dist/plugin/wavesurfer.regions.min.js"),
            "wavesurfer.spectrogram.js", new Lib("wavesurfer.js", "dist/plugin/wavesurfer.spectrogram.min.js"),
            "wavesurfer.timeline.js", new Lib("wavesurfer.js", "dist/plugin/wavesurfer.timeline.min.js"));
    private static final Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Webjars() {}

    static void serve(Context ctx) {
        String name = ctx.pathParam("name");
        Lib lib = LIBS.get(name);
        if (lib == null) {
            throw new HttpProblem(
                    AppError.NOT_FOUND,
                    "name",
                    "no library '" + name + "'; known: " + String.join(", ", LIBS.keySet()) + ".");
        }
        byte[] body = CACHE.computeIfAbsent(name, n -> load(lib));
        ctx.header("Cache-Control", "public, max-age=86400")
                .contentType("text/javascript")
                .result(body);
    }

    private static byte[] load(Lib lib) {
        String version = version(lib.artifact());
        String path = "/META-INF/resources/webjars/" + lib.artifact() + "/" + version + "/" + lib.file();
        try (InputStream in = Webjars.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing webjar resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String artifact) {
        String p = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(p)) {
            if (in == null) {
                throw new IllegalStateException("missing " + p);
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
