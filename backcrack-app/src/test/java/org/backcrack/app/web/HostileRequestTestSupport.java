package org.backcrack.app.web;

/** The hostile WAV headers of {@link HostileRequestTest}, for the command-line tests in another package. */
public final class HostileRequestTestSupport {
    private HostileRequestTestSupport() {}

    public static byte[] wavHeader(int channels, int rate, int bits, long declared, int body) {
        return HostileRequestTest.wavHeader(channels, rate, bits, declared, body);
    }
}
