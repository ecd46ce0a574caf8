package org.backcrack.acoustics.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds transients in a stream of mono samples, in bounded memory.
 *
 * <p>The signal is high-passed (a DC blocker and a second-order Butterworth section at
 * {@link Settings#highPassHz()}, which removes DC offset and body-movement rumble), its energy is taken in
 * 1 ms frames, and a frame belongs to an event when it is {@link Settings#onDb()} above a running noise
 * floor; the event ends when the energy stays below floor + {@link Settings#offDb()} for
 * {@link Settings#releaseSeconds()}. The floor follows the log-energy of the noise, down quickly and up
 * slowly (at most {@link Settings#floorRiseDbPerSecond()}), so stationary noise and mains hum set the floor
 * and are not detected, while short sounds stand out.
 * Clipping does not matter: only energy relative to the floor is used.
 *
 * <p>Feed blocks with {@link #accept}, then {@link #finish}. Memory is a ring of the last
 * {@link Settings#maxEventSeconds()} of samples, whatever the recording's length.
 */
public final class TransientDetector {

    /**
     * Detector settings.
     *
     * @param highPassHz           high-pass corner, Hz, in [10, 1000] (default 60)
     * @param onDb                 energy above the floor that starts an event, dB, in [3, 40] (default 10)
     * @param offDb                energy above the floor below which an event ends, dB, in [0, onDb] (default 4)
     * @param releaseSeconds       how long the energy must stay low to end an event, s (default 0.004)
     * @param floorRiseDbPerSecond fastest rise of the noise floor, dB/s (default 20)
     * @param maxEventSeconds      longest event kept whole; longer ones are cut, s (default 2)
     */
    public record Settings(double highPassHz, double onDb, double offDb, double releaseSeconds,
            double floorRiseDbPerSecond, double maxEventSeconds) {
        public Settings {
            if (highPassHz < 10 || highPassHz > 1000 || onDb < 3 || onDb > 40 || offDb < 0 || offDb > onDb
                    || releaseSeconds <= 0 || floorRiseDbPerSecond <= 0 || maxEventSeconds <= 0) {
                throw new IllegalArgumentException("detector settings out of range");
            }
        }

        public static Settings defaults() {
            return new Settings(60, 10, 4, 0.004, 20, 2);
        }
    }

    private static final double FLOOR_INIT_DB = -120;
    /** Rise over the loudest frame 2–5 ms earlier that marks a new attack inside an event, dB. */
    private static final double REATTACK_DB = 6;
    /** An event is split at a new attack only after this long, s (a pop lasts about 5 ms). */
    private static final double MIN_SPLIT_SECONDS = 0.008;
    private final double[] recent = {-300, -300, -300, -300, -300, -300};

    private final Settings settings;
    private final int sampleRate;
    private final int hop;
    private final List<Impulse> found = new ArrayList<>();
    // high-pass state
    private final double b0;
    private final double b1;
    private final double b2;
    private final double a1;
    private final double a2;
    private double x1;
    private double x2;
    private double y1;
    private double y2;
    private double dcX;
    private double dcY;
    // framing
    private double frameEnergy;
    private int frameFill;
    private long frameIndex;
    private double floorDb = FLOOR_INIT_DB;
    private boolean floorSeeded;
    // ring of recent filtered samples
    private final float[] ring;
    private long written;
    // current event
    private boolean active;
    private long eventStartSample;
    private long lastLoudSample;
    private double eventPeak;
    private long eventPeakSample;
    private double eventFloor;

    public TransientDetector(int sampleRate, Settings settings) {
        if (sampleRate < 1000) {
            throw new IllegalArgumentException("sample rate must be at least 1000 Hz");
        }
        this.settings = settings;
        this.sampleRate = sampleRate;
        this.hop = Math.max(1, sampleRate / 1000);
        this.ring = new float[(int) Math.ceil(settings.maxEventSeconds() * sampleRate) + hop * 8];
        // RBJ cookbook high-pass, Q = 1/sqrt(2) (Butterworth).
        double w0 = 2 * Math.PI * Math.min(settings.highPassHz(), 0.45 * sampleRate) / sampleRate;
        double alpha = Math.sin(w0) / (2 * Math.sqrt(0.5));
        double cos = Math.cos(w0);
        double a0 = 1 + alpha;
        b0 = (1 + cos) / 2 / a0;
        b1 = -(1 + cos) / a0;
        b2 = (1 + cos) / 2 / a0;
        a1 = -2 * cos / a0;
        a2 = (1 - alpha) / a0;
    }

    public int sampleRate() {
        return sampleRate;
    }

    /** Processes {@code n} samples from {@code block}. */
    public void accept(float[] block, int n) {
        double dcPole = 1 - 2 * Math.PI * 10.0 / sampleRate;
        for (int i = 0; i < n; i++) {
            double x = block[i];
            // DC blocker first, so a large offset does not ride through the biquad's transient.
            double d = x - dcX + dcPole * dcY;
            dcX = x;
            dcY = d;
            double y = b0 * d + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = d;
            y2 = y1;
            y1 = y;
            ring[(int) (written % ring.length)] = (float) y;
            written++;
            frameEnergy += y * y;
            if (++frameFill == hop) {
                frame(frameEnergy / hop);
                frameEnergy = 0;
                frameFill = 0;
            }
            if (active && Math.abs(y) > eventPeak) {
                eventPeak = Math.abs(y);
                eventPeakSample = written - 1;
            }
        }
    }

    private void frame(double energy) {
        double db = 10 * Math.log10(energy + 1e-20);
        long frameEnd = (frameIndex + 1) * hop;
        if (!floorSeeded) {
            floorDb = db;
            floorSeeded = true;
        }
        double above = db - floorDb;
        // The loudest of the frames 2 to 5 ms ago: a ringing sound stays near it, a new attack jumps above it.
        double before = Math.max(Math.max(recent[(int) ((frameIndex + 6 - 2) % 6)], recent[(int) ((frameIndex + 6 - 3) % 6)]),
                Math.max(recent[(int) ((frameIndex + 6 - 4) % 6)], recent[(int) ((frameIndex + 6 - 5) % 6)]));
        if (active && above >= settings.onDb() && db - before >= REATTACK_DB
                && frameIndex * hop - eventStartSample >= MIN_SPLIT_SECONDS * sampleRate) {
            // A new attack inside an event (a second pop in a burst, a pop on a snap's tail): split here.
            close(frameIndex * hop);
        }
        recent[(int) (frameIndex % 6)] = db;
        if (!active && above >= settings.onDb()) {
            active = true;
            // The onset is the start of the frame that crossed; step back one frame if the previous one rose.
            eventStartSample = frameIndex * hop;
            eventPeak = 0;
            eventPeakSample = eventStartSample;
            eventFloor = floorDb;
            lastLoudSample = frameEnd;
            for (long s = Math.max(eventStartSample, written - hop); s < written; s++) {
                float v = ring[(int) (s % ring.length)];
                if (Math.abs(v) > eventPeak) {
                    eventPeak = Math.abs(v);
                    eventPeakSample = s;
                }
            }
        } else if (active) {
            if (above >= settings.offDb()) {
                lastLoudSample = frameEnd;
            }
            boolean released = frameEnd - lastLoudSample >= settings.releaseSeconds() * sampleRate;
            boolean tooLong = frameEnd - eventStartSample >= ring.length - hop * 4;
            if (released || tooLong) {
                close(lastLoudSample);
            }
        }
        // The floor follows the noise's log-energy: it falls within about 20 ms towards quieter frames and rises
        // over about half a second (never faster than floorRiseDbPerSecond), and not at all during an event,
        // so it settles near the median of the noise frames rather than at their minimum.
        if (!active) {
            double tau = db < floorDb ? 0.02 : 0.5;
            double step = (db - floorDb) * Math.min(1, hop / (tau * sampleRate));
            floorDb += Math.min(step, settings.floorRiseDbPerSecond() * hop / sampleRate);
        }
        frameIndex++;
    }

    private void close(long endSample) {
        long start = Math.max(eventStartSample, written - ring.length + 1);
        long end = Math.max(start + 1, Math.min(endSample, written));
        float[] s = new float[(int) (end - start)];
        for (long i = start; i < end; i++) {
            s[(int) (i - start)] = ring[(int) (i % ring.length)];
        }
        found.add(new Impulse(eventStartSample / (double) sampleRate, end / (double) sampleRate, eventPeak,
                eventPeakSample / (double) sampleRate, eventFloor, s, sampleRate));
        active = false;
    }

    /** Ends the stream and returns every transient, in time order. */
    public List<Impulse> finish() {
        if (active) {
            close(written);
        }
        return List.copyOf(found);
    }
}
