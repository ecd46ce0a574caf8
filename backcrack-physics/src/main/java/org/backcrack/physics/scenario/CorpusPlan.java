package org.backcrack.physics.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.record.RecordingSettings;
import org.backcrack.physics.record.Sensor;

/**
 * Varied recordings for training and testing an analyzer: each item takes a built-in scenario (a person's
 * story), a new seed (other joints, other noise) and random recording conditions — sample rate 16–96 kHz,
 * every sample format, mono or stereo, event-to-noise ratio 6–40 dB, air microphone or contact sensor at
 * various distances and depths, sometimes hum, rumble or a DC offset, and zero to five distractors.
 *
 * <p>Training and held-out corpora come from different plan seeds, so no recording, seed or condition
 * draw is shared between them.
 */
public final class CorpusPlan {
    private static final int[] RATES = {16_000, 22_050, 32_000, 44_100, 48_000, 96_000};

    private CorpusPlan() {
    }

    /** The {@code count} scenarios of the corpus with this plan seed. */
    public static List<Scenario> plan(long planSeed, int count) {
        if (count < 1 || count > 100_000) {
            throw new IllegalArgumentException("count must be 1..100000, was " + count);
        }
        SplittableRandom rng = new SplittableRandom(planSeed);
        List<Scenario> stories = BuiltInScenarios.all();
        List<Scenario> out = new ArrayList<>(count);
        SampleFormat[] formats = SampleFormat.values();
        for (int i = 0; i < count; i++) {
            Scenario base = stories.get(i % stories.size());
            Sensor sensor = Sensor.values()[rng.nextInt(Sensor.values().length)];
            int rate = RATES[rng.nextInt(RATES.length)];
            String format = formats[rng.nextInt(formats.length)].id();
            int channels = rng.nextInt(4) == 0 ? 2 : 1;
            double snr = 6 + 34 * rng.nextDouble();
            Double hum = rng.nextInt(4) == 0 ? -10 + 20 * rng.nextDouble() : null;
            boolean rumble = rng.nextInt(4) == 0;
            double dc = rng.nextInt(5) == 0 ? 0.05 * (rng.nextDouble() - 0.5) : 0;
            List<String> distractors = new ArrayList<>();
            int n = rng.nextInt(6);
            for (int d = 0; d < n; d++) {
                distractors.add(RecordingSettings.DISTRACTORS.get(rng.nextInt(RecordingSettings.DISTRACTORS.size())));
            }
            RecordingSettings r = new RecordingSettings(sensor, 0.05 + 0.45 * rng.nextDouble(),
                    0.02 + 0.04 * rng.nextDouble(), rate, format, channels, snr, hum, rumble, dc,
                    3 + 9 * rng.nextDouble(), distractors, base.recording().windowS());
            long seed = rng.nextLong() & Long.MAX_VALUE;
            out.add(new Scenario(String.format("%s_%04d", base.name(), i), base.description(), base.person(),
                    base.region(), base.movement(), base.startTimes(), r, seed % 1_000_000_000L));
        }
        return out;
    }
}
