package org.backcrack.app.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the web server runs.
 *
 * @param host            interface to listen on; only a loopback address unless {@code publicMode}
 * @param port            TCP port, 0 for any free one
 * @param publicMode      accounts, login and per-user journals instead of the single local user
 * @param maxUploadBytes  largest WAV accepted by the analyzer, in bytes
 * @param maxUploadSeconds longest recording accepted, in seconds
 * @param sessionTtl      how long a login lasts
 * @param clock           the time source (sessions, entry times)
 */
public record WebOptions(
        String host,
        int port,
        boolean publicMode,
        long maxUploadBytes,
        double maxUploadSeconds,
        Duration sessionTtl,
        Clock clock) {
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 16L * 1024 * 1024;
    public static final double DEFAULT_MAX_UPLOAD_SECONDS = 60;

    public WebOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sessionTtl, "sessionTtl");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (maxUploadBytes < 1024 || maxUploadSeconds <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    /** The host as a URL and a Host header name it: an IPv6 address in brackets ({@code [::1]}), once. */
    public String urlHost() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Local mode on a loopback host with the default limits. */
    public static WebOptions local(String host, int port) {
        return new WebOptions(
                host,
                port,
                false,
                DEFAULT_MAX_UPLOAD_BYTES,
                DEFAULT_MAX_UPLOAD_SECONDS,
                Duration.ofDays(7),
                Clock.systemUTC());
    }

    public WebOptions withPublicMode(boolean on) {
        return new WebOptions(host, port, on, maxUploadBytes, maxUploadSeconds, sessionTtl, clock);
    }

    public WebOptions withUploadLimits(long bytes, double seconds) {
        return new WebOptions(host, port, publicMode, bytes, seconds, sessionTtl, clock);
    }
}
