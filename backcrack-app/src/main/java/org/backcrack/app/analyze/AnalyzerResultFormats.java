package org.backcrack.app.analyze;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.backcrack.acoustics.AnalyzerResult;
import org.backcrack.acoustics.DetectedEvent;
import org.backcrack.core.labels.AudacityLabels;
import org.backcrack.core.text.FixedPoint;

/** An analysis as JSON, as a readable table with a summary, or as Audacity labels. */
public final class AnalyzerResultFormats {
    private AnalyzerResultFormats() {}

    public static ObjectNode json(String file, AnalyzerResult a) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (file != null) {
            o.put("file", file);
        }
        o.put("duration", round(a.duration()));
        o.put("sample_rate", a.sampleRate());
        ArrayNode events = o.putArray("events");
        for (DetectedEvent e : a.events()) {
            ObjectNode x = events.addObject();
            x.put("onset", round(e.onset()));
            x.put("offset", round(e.offset()));
            x.put("class", e.label());
            x.put("confidence", round(e.confidence()));
            ObjectNode f = x.putObject("features");
            f.put("peak_dbfs", round(e.features().peakDbfs()));
            f.put("snr_db", round(e.features().snrDb()));
            f.put("rise_time", round(e.features().riseTime()));
            f.put("decay_time", round(e.features().decayTime()));
            f.put("dominant_frequency", round(e.features().dominantFrequency()));
            f.put("spectral_centroid", round(e.features().spectralCentroid()));
            f.put("bandwidth", round(e.features().bandwidth()));
            f.put("flatness", round(e.features().flatness()));
            f.put("sub_clicks", e.features().subClicks());
        }
        ObjectNode c = o.putObject("counts");
        a.counts().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(kv -> c.put(kv.getKey(), kv.getValue()));
        ArrayNode p = o.putArray("patterns");
        a.patterns().forEach(p::add);
        o.put("rejected_transients", a.rejected());
        return o;
    }

    public static String labels(AnalyzerResult a) {
        StringBuilder sb = new StringBuilder();
        for (DetectedEvent e : a.events()) {
            sb.append(AudacityLabels.line(e.onset(), e.offset(), e.label()));
        }
        return sb.toString();
    }

    public static String text(String file, AnalyzerResult a) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "%s: %.2f s at %d Hz, %d joint sound%s%n",
                file,
                a.duration(),
                a.sampleRate(),
                a.events().size(),
                a.events().size() == 1 ? "" : "s"));
        if (!a.events().isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %9s %9s  %-16s %5s %8s %8s %7s %7s%n",
                    "onset s",
                    "offset s",
                    "class",
                    "conf",
                    "peak dB",
                    "rise ms",
                    "dom Hz",
                    "clicks"));
            // One line per event; FixedPoint writes what "%9.4f" would, without Formatter's cost (an hour's table
            // took a tenth of a second or more of the whole analysis).
            for (DetectedEvent e : a.events()) {
                sb.append("  ");
                FixedPoint.append(sb, e.onset(), 9, 4).append(' ');
                FixedPoint.append(sb, e.offset(), 9, 4).append("  ");
                pad(sb.append(e.label()), 16 - e.label().length()).append(' ');
                FixedPoint.append(sb, e.confidence(), 5, 2).append(' ');
                FixedPoint.append(sb, e.features().peakDbfs(), 8, 1).append(' ');
                FixedPoint.append(sb, e.features().riseTime() * 1e3, 8, 2).append(' ');
                FixedPoint.append(sb, e.features().dominantFrequency(), 7, 0).append(' ');
                String clicks = Integer.toString(e.features().subClicks());
                pad(sb, 7 - clicks.length()).append(clicks).append(System.lineSeparator());
            }
        }
        sb.append(String.format(
                Locale.ROOT,
                "  counts: %d cavitation, %d soft_tissue_snap, %d crepitus, %d unclassified"
                        + " (%d other sounds ignored)%n",
                a.counts().getOrDefault("cavitation", 0),
                a.counts().getOrDefault("soft_tissue_snap", 0),
                a.counts().getOrDefault("crepitus", 0),
                a.counts().getOrDefault("unclassified", 0),
                a.rejected()));
        for (String p : a.patterns()) {
            sb.append("  pattern: ").append(p).append('\n');
        }
        sb.append("  what it likely means: ").append(meaning(a)).append('\n');
        sb.append("  The sound alone cannot tell whether anything is wrong: 'backcrack assess --recording ")
                .append(file)
                .append("' adds your answers (pain, numbness, ...) and says what to do.\n");
        return sb.toString();
    }

    private static StringBuilder pad(StringBuilder sb, int spaces) {
        for (int i = 0; i < spaces; i++) {
            sb.append(' ');
        }
        return sb;
    }

    static String meaning(AnalyzerResult a) {
        int pops = a.counts().getOrDefault("cavitation", 0);
        int snaps = a.counts().getOrDefault("soft_tissue_snap", 0);
        int trains = a.counts().getOrDefault("crepitus", 0);
        if (pops + snaps + trains == 0) {
            return "no joint sound was found in this recording.";
        }
        StringBuilder sb = new StringBuilder();
        if (pops > 0) {
            sb.append("sharp pops are gas bubbles forming in the small joints of the spine (cavitation), which is"
                    + " common and harmless on its own. ");
        }
        if (snaps > 0) {
            sb.append("Dull snaps that come back with each movement are usually a tendon or ligament sliding over"
                    + " bone, often with tight muscles; stretching helps. ");
        }
        if (trains > 0) {
            sb.append("Grating trains come from roughened cartilage or bone spurs, common with age; worth mentioning"
                    + " to a clinician if they come with pain or stiffness. ");
        }
        return sb.toString().strip();
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
