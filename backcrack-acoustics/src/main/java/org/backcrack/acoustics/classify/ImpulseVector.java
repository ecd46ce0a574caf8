package org.backcrack.acoustics.classify;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.acoustics.features.EventFeatures;
import org.backcrack.acoustics.features.FeatureExtractor;

/**
 * The numbers the classifier sees for each transient: its own features (log scales where the physics is
 * multiplicative) and its context in the recording — how many transients crowd around it (crepitus trains
 * are dense, a manipulation burst has a handful) and how many similar ones recur 0.3–6 s away (a snapping
 * tendon repeats with each movement; a cavitated joint cannot pop again for about 20 minutes), and how
 * long the sound it is a piece of lasts without a pause, and how far below the loudest transient within 3 s
 * it is (a grating click is tens of dB quieter than the pops of the same movement).
 */
public final class ImpulseVector {
    /** Names of the dimensions, in order; the model file uses them. */
    public static final List<String> NAMES = List.of(
            "log_duration",
            "snr_db",
            "log_rise",
            "log_decay",
            "log_dominant",
            "log_centroid",
            "log_bandwidth",
            "flatness",
            "log_neighbours",
            "recurrence",
            "log_sustain",
            "below_loudest_db");

    /** Span either side in which the loudest transient sets the level a transient is compared with, s. */
    private static final double LOUDEST_SPAN = 3;
    /** Dominant frequencies within 30% of each other are similar. */
    private static final double LOG_SIMILAR = Math.log(1.3);

    private ImpulseVector() {}

    /** Features and vectors of every impulse, in order. */
    public static List<double[]> of(List<Impulse> impulses, List<EventFeatures> features) {
        List<double[]> out = new ArrayList<>(impulses.size());
        // How long the sound each piece belongs to lasts: a burst of pops tens of ms, a spoken syllable hundreds.
        double[] sustain = Impulse.soundLengths(impulses, i -> true);
        double[] logDominant = new double[impulses.size()];
        for (int i = 0; i < impulses.size(); i++) {
            logDominant[i] = Math.log(Math.max(20, features.get(i).dominantFrequency()));
        }
        for (int i = 0; i < impulses.size(); i++) {
            Impulse p = impulses.get(i);
            EventFeatures f = features.get(i);
            int neighbours = 0;
            int recur = 0;
            double loudest = f.peakDbfs();
            // Earlier transients, then later ones, out to 6 s either way.
            for (int dir = -1; dir <= 1; dir += 2) {
                for (int j = i + dir;
                        j >= 0
                                && j < impulses.size()
                                && Math.abs(impulses.get(j).onset() - p.onset()) <= 6;
                        j += dir) {
                    double dt = Math.abs(impulses.get(j).onset() - p.onset());
                    if (dt <= LOUDEST_SPAN) {
                        loudest = Math.max(loudest, features.get(j).peakDbfs());
                    }
                    if (dt <= 0.25) {
                        neighbours++;
                    } else if (dt >= 0.3 && similar(f, logDominant[i], features.get(j), logDominant[j])) {
                        recur++;
                    }
                }
            }
            out.add(new double[] {
                Math.log10(Math.max(1e-4, p.duration())),
                Math.min(80, f.snrDb()),
                Math.log10(Math.max(1e-5, f.riseTime())),
                Math.log10(Math.max(1e-5, f.decayTime())),
                Math.log10(Math.max(20, f.dominantFrequency())),
                Math.log10(Math.max(20, f.spectralCentroid())),
                Math.log10(Math.max(10, f.bandwidth())),
                f.flatness(),
                Math.log10(1 + neighbours),
                Math.log10(1 + recur),
                Math.log10(Math.max(1e-4, sustain[i])),
                Math.max(-60, f.peakDbfs() - loudest)
            });
        }
        return out;
    }

    /** Features of every impulse. */
    public static List<EventFeatures> features(List<Impulse> impulses) {
        return impulses.stream().map(FeatureExtractor::of).toList();
    }

    private static boolean similar(EventFeatures a, double logA, EventFeatures b, double logB) {
        return Math.abs(logA - logB) < LOG_SIMILAR && Math.abs(a.peakDbfs() - b.peakDbfs()) < 8;
    }
}
