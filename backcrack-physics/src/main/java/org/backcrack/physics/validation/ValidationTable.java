package org.backcrack.physics.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.backcrack.core.SoundClass;
import org.backcrack.physics.bubble.BubbleModel;
import org.backcrack.physics.bubble.BubbleSetup;
import org.backcrack.physics.bubble.BubbleSolver;
import org.backcrack.physics.bubble.BubbleTrace;
import org.backcrack.physics.bubble.DrivingPressure;
import org.backcrack.physics.bubble.Liquid;
import org.backcrack.physics.bubble.RayleighPlessetBubble;
import org.backcrack.physics.bubble.Viscosity;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;
import org.hipparchus.complex.Complex;
import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;

/**
 * The physics checked against closed forms and published measurements: every row is computed when asked
 * ({@code backcrack simulate --validate}), nothing is stored.
 */
public final class ValidationTable {
    /** Seeds for the two-source comparison: a partial-collapse run takes seconds. */
    private static final int SOURCE_SEEDS = 5;
    /** Thrusts per region for the pop counts: with fewer the mean's standard error passes 0.2 pops. */
    private static final int MIN_THRUST_SEEDS = 100;

    private ValidationTable() {}

    /**
     * One check: what, the published or analytic value, ours, where the reference comes from, and whether
     * ours passes (with the criterion) or is only shown.
     */
    public record Row(String quantity, String reference, String ours, String source, String verdict) {
        /** A row shown for context, with no pass criterion. */
        public Row(String quantity, String reference, String ours, String source) {
            this(quantity, reference, ours, source, "shown");
        }

        static String judge(boolean pass, String criterion) {
            return (pass ? "pass" : "**fail**") + " (" + criterion + ")";
        }
    }

    /** @param seeds how many seeds to average the scenario statistics over */
    public static List<Row> compute(int seeds) {
        List<Row> rows = new ArrayList<>();
        double r0 = 1e-3;
        double dp = 101_325;
        Liquid ideal = Liquid.ideal(998, 1482);
        double rayleigh = 0.914681 * r0 * Math.sqrt(998 / dp);
        BubbleTrace collapse = BubbleSolver.precise()
                .solve(
                        new RayleighPlessetBubble(new BubbleSetup(ideal, r0, 0, 1.4)),
                        DrivingPressure.constant(dp),
                        r0,
                        0,
                        0,
                        2 * rayleigh,
                        1e3 / rayleigh,
                        BubbleSolver.Stop.COLLAPSE);
        rows.add(new Row(
                "Rayleigh collapse time, empty 1 mm cavity, Δp = 1 atm (µs)",
                String.format("%.2f", rayleigh * 1e6),
                String.format("%.2f (%+.3f%%)", collapse.end() * 1e6, 100 * (collapse.end() / rayleigh - 1)),
                "0.9147·R0·√(ρ/Δp), Rayleigh 1917",
                Row.judge(Math.abs(collapse.end() / rayleigh - 1) <= 1e-4, "within 0.01%")));
        for (double r : new double[] {1e-3, 1e-5}) {
            Liquid water = new Liquid(998, 1482, 0.0728, 0, new Viscosity.Newtonian(0));
            BubbleModel model = new RayleighPlessetBubble(BubbleSetup.equilibrium(water, r, dp, 1.4));
            double f0 = Math.sqrt((3 * 1.4 * (dp + 2 * 0.0728 / r) - 2 * 0.0728 / r) / 998) / (2 * Math.PI * r);
            double f = ringFrequency(model, r, dp, f0);
            rows.add(new Row(
                    String.format(
                            "Small-oscillation frequency, air bubble R0 = %s in water (kHz)",
                            r >= 1e-3 ? "1 mm" : "10 µm"),
                    String.format("%.3f", f0 / 1e3),
                    String.format("%.3f (%+.3f%%)", f / 1e3, 100 * (f / f0 - 1)),
                    "Minnaert 1933 with surface tension",
                    Row.judge(Math.abs(f / f0 - 1) <= 1e-4, "within 0.01%")));
        }
        rows.addAll(DiffusionReference.validationRows());

        Scenario lumbar = BuiltInScenarios.named("lumbar_manipulation").orElseThrow();
        Scenario neck = BuiltInScenarios.named("neck_manipulation").orElseThrow();
        int thrusts = Math.max(seeds, MIN_THRUST_SEEDS);
        Thrusts lumbarPops = Thrusts.of(lumbar, thrusts);
        Thrusts neckPops = Thrusts.of(neck, thrusts);
        rows.add(new Row(
                "Pops per lumbar thrust (mean, SD, range)",
                "5.27 (range 2–9)",
                lumbarPops.summary(),
                "Mourad et al. 2019, L5–S1, accelerometers; the thrust's gapping scale is fitted to this mean"
                        + " (on other seeds)",
                Row.judge(
                        Math.abs(lumbarPops.mean() / 5.27 - 1) <= 0.1 && lumbarPops.shareOutside(2, 9) <= 3.0 / 60,
                        "mean within 10% (no CI published); at most 5% of thrusts outside 2–9 (Mourad saw none in"
                                + " 60: rule of three)")));
        rows.add(new Row(
                "Pops per cervical thrust (mean, SD, range)",
                "3.57 (95% CI 3.19–3.94)",
                neckPops.summary(),
                "Dunning et al. 2013, C1–2; a prediction: nothing was fitted to it",
                Row.judge(
                        neckPops.mean() >= 3.19 && neckPops.mean() <= 3.94 && neckPops.shareOutside(1, 99) <= 3.0 / 37,
                        "mean inside the 95% CI; at most 8% of thrusts without a pop (Dunning: every one of 37"
                                + " popped; rule of three)")));
        rows.add(shareRow(
                "Share of a lumbar thrust's pops on the other side (%)",
                lumbarPops.other(),
                lumbarPops.pops(),
                144,
                320,
                "Mourad et al. 2019: 176 pops on the side of the targeted L5–S1 joint, 144 on the other"));
        rows.add(shareRow(
                "Share of a cervical thrust's pops on the other side (%)",
                neckPops.other(),
                neckPops.pops(),
                60,
                132,
                "Dunning et al. 2013: 72 pops on the side of the targeted C1–2 joint, 60 on the other"));
        rows.add(shareRow(
                "Share of cervical thrusts with pops on both sides (%)",
                neckPops.bilateral(),
                thrusts,
                34,
                37,
                "Dunning et al. 2013: pops on both sides in 34 of 37 manipulations"));
        List<Double> durations = new ArrayList<>(lumbarPops.durations());
        durations.addAll(neckPops.durations());
        List<Double> peaks = new ArrayList<>(lumbarPops.peaks());
        peaks.addAll(neckPops.peaks());
        List<Double> spreads = new ArrayList<>(lumbarPops.spreads());
        spreads.addAll(neckPops.spreads());
        rows.add(new Row(
                "Single pop duration (ms, mean)",
                "5.66 (95% CI 5.36–5.96)",
                String.format("%.2f", mean(durations)),
                "Dunning et al. 2013 (ours: to 10% of the peak)",
                Row.judge(mean(durations) >= 5.36 && mean(durations) <= 5.96, "inside the 95% CI")));
        rows.add(new Row(
                "Crack peak frequency, skin sensor (Hz, median and range)",
                "215 (86–1830)",
                String.format("%.0f (%.0f–%.0f)", median(peaks), min(peaks), max(peaks)),
                "Reggars 1996, C3/4",
                Row.judge(Math.abs(median(peaks) / 215 - 1) <= 0.2, "median within 20%")));
        rows.add(new Row(
                "Time from first to last pop of a thrust (ms, mean)",
                "within the thrust, 97–139 ms",
                String.format("%.1f", mean(spreads)),
                "Dunning 2013 (96.95 ms thrust), Mourad 2019 (139 ms); the papers give the thrust's length, not the"
                        + " pops' spread, so there is no criterion"));
        List<Double> periods = new ArrayList<>();
        List<Double> co2 = new ArrayList<>();
        Scenario neckTwist = BuiltInScenarios.named("refractory_twist").orElseThrow();
        for (int s = 1; s <= seeds; s++) {
            for (TruthEvent e : Simulator.run(neckTwist.withSeed(s)).events()) {
                if (e.quantities().containsKey("refractory_s")) {
                    periods.add(e.quantities().get("refractory_s") / 60);
                    co2.add(e.quantities().get("co2_fraction"));
                }
            }
        }
        rows.add(new Row(
                "Refractory period, neck facets (min, median and range)",
                "about 20",
                String.format("%.0f (%.0f–%.0f)", median(periods), min(periods), max(periods)),
                "Unsworth et al. 1971 (MCP joints; none published for facets); ours: refractory_twist, sink 100 µm",
                Row.judge(median(periods) >= 10 && median(periods) <= 40, "median within a factor 2 of 20")));
        rows.addAll(RefractoryRows.compute());
        rows.addAll(SourceModels.comparisonRows(Math.min(seeds, SOURCE_SEEDS)));
        rows.add(new Row(
                "CO₂ share of the joint gas",
                "about 80%",
                String.format("%.0f%%", 100 * mean(co2)),
                "Chandran Suja & Barakat 2018 (press quote)",
                Row.judge(mean(co2) >= 0.7 && mean(co2) <= 0.9, "70–90%")));
        return rows;
    }

    /**
     * What a thrust scenario did over seeds 1..n (run side by side; each seed is independent, so the result
     * does not depend on the order): pops per thrust, on which side, and each pop's duration, peak frequency
     * and the spread from a thrust's first pop to its last.
     */
    record Thrusts(
            int[] counts,
            int same,
            int other,
            int bilateral,
            List<Double> durations,
            List<Double> peaks,
            List<Double> spreads) {
        static Thrusts of(Scenario s, int seeds) {
            String side = " " + s.movement().side();
            List<Seed> perSeed = IntStream.rangeClosed(1, seeds)
                    .parallel()
                    .mapToObj(seed -> {
                        Simulation sim = Simulator.run(s.withSeed(seed));
                        List<TruthEvent> pops = sim.events().stream()
                                .filter(e -> e.soundClass() == SoundClass.CAVITATION)
                                .toList();
                        double[] durations = new double[pops.size()];
                        double[] peaks = new double[pops.size()];
                        int same = 0;
                        for (int i = 0; i < pops.size(); i++) {
                            TruthEvent e = pops.get(i);
                            durations[i] = (e.offset() - e.onset()) * 1e3;
                            peaks[i] = peakFrequency(sim, e);
                            same += e.source().endsWith(side) ? 1 : 0;
                        }
                        return new Seed(pops, durations, peaks, same);
                    })
                    .toList();
            int[] counts = new int[seeds];
            int same = 0;
            int other = 0;
            int bilateral = 0;
            List<Double> durations = new ArrayList<>();
            List<Double> peaks = new ArrayList<>();
            List<Double> spreads = new ArrayList<>();
            for (int i = 0; i < seeds; i++) {
                List<TruthEvent> pops = perSeed.get(i).pops();
                int onSide = perSeed.get(i).same();
                counts[i] = pops.size();
                same += onSide;
                other += pops.size() - onSide;
                bilateral += onSide > 0 && onSide < pops.size() ? 1 : 0;
                for (double d : perSeed.get(i).durations()) {
                    durations.add(d);
                }
                for (double p : perSeed.get(i).peaks()) {
                    peaks.add(p);
                }
                if (pops.size() > 1) {
                    spreads.add((pops.get(pops.size() - 1).onset() - pops.get(0).onset()) * 1e3);
                }
            }
            return new Thrusts(counts, same, other, bilateral, durations, peaks, spreads);
        }

        /** One seed's pops, their durations (ms) and peak frequencies (Hz), and how many were on the side. */
        private record Seed(List<TruthEvent> pops, double[] durations, double[] peaks, int same) {}

        int pops() {
            return same + other;
        }

        double mean() {
            return Arrays.stream(counts).average().orElse(0);
        }

        int min() {
            return Arrays.stream(counts).min().orElse(0);
        }

        int max() {
            return Arrays.stream(counts).max().orElse(0);
        }

        double sd() {
            double m = mean();
            return counts.length > 1
                    ? Math.sqrt(Arrays.stream(counts)
                                    .mapToDouble(c -> (c - m) * (c - m))
                                    .sum()
                            / (counts.length - 1))
                    : 0;
        }

        /** Share of thrusts with fewer than {@code lo} or more than {@code hi} pops. */
        double shareOutside(int lo, int hi) {
            return Arrays.stream(counts).filter(c -> c < lo || c > hi).count() / (double) counts.length;
        }

        String summary() {
            return String.format("%.2f (SD %.2f, %d–%d; %d thrusts)", mean(), sd(), min(), max(), counts.length);
        }
    }

    /**
     * A row comparing a share of ours with a paper's count, judged by whether ours lies inside the paper's
     * 95% binomial (Wilson) interval.
     */
    private static Row shareRow(String quantity, int ours, int ourTotal, int paper, int paperTotal, String source) {
        double share = ours / (double) ourTotal;
        double p = paper / (double) paperTotal;
        ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval(paperTotal, p, 0.95);
        double lo = ci.getLowerBound();
        double hi = ci.getUpperBound();
        return new Row(
                quantity,
                String.format("%.0f (%d of %d; 95%% CI %.0f–%.0f)", 100 * p, paper, paperTotal, 100 * lo, 100 * hi),
                String.format("%.0f (%d of %d)", 100 * share, ours, ourTotal),
                source,
                Row.judge(share >= lo && share <= hi, "inside the 95% CI"));
    }

    /** Frequency of the largest spectral peak of the recorded pop (its first 20 ms, 40 Hz–5 kHz), Hz. */
    static double peakFrequency(Simulation sim, TruthEvent e) {
        float[] x = sim.clip().channel(0);
        int fs = sim.clip().sampleRate();
        int n = 1 << 14;
        double[] buf = new double[n];
        int a = (int) Math.round(e.onset() * fs);
        int len = Math.min((int) (0.02 * fs), x.length - a);
        for (int i = 0; i < len; i++) {
            buf[i] = x[a + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / len));
        }
        Complex[] spectrum =
                new FastFourierTransformer(DftNormalization.STANDARD).transform(buf, TransformType.FORWARD);
        int lo = (int) Math.ceil(40.0 * n / fs);
        int hi = (int) Math.min(n / 2 - 1, Math.floor(5000.0 * n / fs));
        int best = lo;
        for (int k = lo; k <= hi; k++) {
            if (spectrum[k].norm() > spectrum[best].norm()) {
                best = k;
            }
        }
        return (double) best * fs / n;
    }

    private static double ringFrequency(BubbleModel model, double r0, double p0, double f0) {
        BubbleTrace trace = BubbleSolver.precise()
                .solve(
                        model,
                        DrivingPressure.constant(p0),
                        r0 * 1.001,
                        0,
                        0,
                        20 / f0,
                        f0 * 2000,
                        BubbleSolver.Stop.NEVER);
        return trace.crossingFrequency(r0);
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length == 0
                ? Double.NaN
                : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static double[] copy(double[] x) {
        return Arrays.copyOf(x, x.length);
    }
}
