package org.backcrack.app.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.acoustics.features.EventFeatures;
import org.backcrack.core.SoundClass;
import org.junit.jupiter.api.Test;

class AnalyzerResultFormatsTest {
    /** Events with random values and values on the rounding ties of each column. */
    private static List<DetectedEvent> events() {
        SplittableRandom rng = new SplittableRandom(20261128);
        List<DetectedEvent> out = new ArrayList<>();
        SoundClass[] classes = {SoundClass.CAVITATION, SoundClass.SOFT_TISSUE_SNAP, SoundClass.CREPITUS, null};
        double[] ties = {0.00005, 1.00015, 0.125, 2.5, 0.005, 17.45, 3593.99995, 0};
        for (int i = 0; i < 400; i++) {
            double onset = i < ties.length ? ties[i] : rng.nextDouble(0, 3600);
            double confidence = i < ties.length ? Math.min(1, ties[i] % 1) : rng.nextDouble();
            out.add(new DetectedEvent(
                    onset,
                    onset + (i < ties.length ? ties[i] : rng.nextDouble(0, 2)),
                    classes[i % classes.length],
                    confidence,
                    new EventFeatures(
                            i < ties.length ? -ties[i] : rng.nextDouble(-90, 0),
                            rng.nextDouble(0, 60),
                            i < ties.length ? ties[i] / 1e3 : rng.nextDouble(0, 0.02),
                            rng.nextDouble(0, 0.1),
                            i < ties.length ? ties[i] : rng.nextDouble(20, 20000),
                            rng.nextDouble(20, 20000),
                            rng.nextDouble(10, 10000),
                            rng.nextDouble(),
                            rng.nextInt(0, 100_000))));
        }
        return out;
    }

    @Test
    void text_writesEachEventAsTheFormatStringWould() {
        List<DetectedEvent> events = events();
        AnalyzerResult a = new AnalyzerResult(3600, 48_000, events, Map.of("cavitation", 100), List.of(), 7);
        List<String> lines = AnalyzerResultFormats.text("hour.wav", a).lines().toList();
        // The title, the column heads, then one line per event.
        for (int i = 0; i < events.size(); i++) {
            DetectedEvent e = events.get(i);
            String expected = String.format(
                    Locale.ROOT,
                    "  %9.4f %9.4f  %-16s %5.2f %8.1f %8.2f %7.0f %7d",
                    e.onset(),
                    e.offset(),
                    e.label(),
                    e.confidence(),
                    e.features().peakDbfs(),
                    e.features().riseTime() * 1e3,
                    e.features().dominantFrequency(),
                    e.features().subClicks());
            assertThat(lines.get(2 + i)).as("event %d", i).isEqualTo(expected);
        }
    }

    @Test
    void labels_writeFourDecimalsTabbed() {
        List<DetectedEvent> events = events();
        AnalyzerResult a = new AnalyzerResult(3600, 48_000, events, Map.of(), List.of(), 0);
        List<String> lines = AnalyzerResultFormats.labels(a).lines().toList();
        assertThat(lines).hasSize(events.size());
        for (int i = 0; i < events.size(); i++) {
            DetectedEvent e = events.get(i);
            assertThat(lines.get(i))
                    .isEqualTo(String.format(Locale.ROOT, "%.4f\t%.4f\t%s", e.onset(), e.offset(), e.label()));
        }
        assertThat(AnalyzerResultFormats.labels(a)).doesNotContain("\r");
    }
}
