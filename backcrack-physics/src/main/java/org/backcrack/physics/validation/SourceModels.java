package org.backcrack.physics.validation;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.core.SoundClass;
import org.backcrack.physics.Emission;
import org.backcrack.physics.joint.CavitationSource;
import org.backcrack.physics.motion.MovementProfile;
import org.backcrack.physics.record.Sensor;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;
import org.backcrack.physics.validation.ValidationTable.Row;

/**
 * The two theories of the joint crack ({@link CavitationSource}) side by side against measured cracks: the
 * same thrusts (the built-in {@code lumbar_manipulation} and {@code neck_manipulation}, seeds 1..n) simulated
 * with each source, and what each predicts for the quantities a recording measures.
 *
 * <p><b>Sound level.</b> A pop's emission peak p₁ (Pa at 1 cm inside the body) is carried to an air
 * microphone as the recording chain ({@code record.Recorder}) carries it: 1 dB/cm of tissue loss over the
 * default tissue depth of 4 cm, the pressure transmission from tissue into air (−65 dB, {@link
 * Sensor#AIR_MICROPHONE}), and spherical spreading from 1 cm to the default distance of 10 cm:
 * p = p₁·10^(−4/20)·T·(0.01/0.10), as dB re 20 µPa. The chain's low-pass filters are left out, so this is an
 * upper bound by a few dB. No published peak level of a spinal or knuckle crack with its microphone distance
 * was found, so the reference says so.
 */
public final class SourceModels {
    private SourceModels() {}

    /** Tissue the default air-microphone recording hears through, m (ScenarioJson default). */
    static final double TISSUE_DEPTH = 0.04;
    /** Distance of the default air microphone, m (ScenarioJson default). */
    static final double MIC_DISTANCE = 0.10;

    /**
     * For each source, four rows: peak level in air, pop duration, peak frequency and when the pop comes
     * relative to the end of the thrust.
     *
     * @param seeds how many seeds of each thrust to simulate (each partial-collapse run takes seconds)
     */
    public static List<Row> comparisonRows(int seeds) {
        List<Row> rows = new ArrayList<>();
        for (CavitationSource source : CavitationSource.values()) {
            List<Double> levels = new ArrayList<>();
            List<Double> durations = new ArrayList<>();
            List<Double> peaks = new ArrayList<>();
            List<Double> afterThrust = new ArrayList<>();
            for (int seed = 1; seed <= seeds; seed++) {
                for (String name : List.of("lumbar_manipulation", "neck_manipulation")) {
                    Scenario s = BuiltInScenarios.named(name)
                            .orElseThrow()
                            .withSeed(seed)
                            .withCavitationSource(source);
                    Simulation sim = Simulator.run(s);
                    double thrustEnd = thrustEnd(s);
                    for (TruthEvent e : sim.events()) {
                        if (e.soundClass() != SoundClass.CAVITATION) {
                            continue;
                        }
                        levels.add(airLevel(e.quantities().get("peak_pressure_1cm_pa")));
                        durations.add((e.offset() - e.onset()) * 1e3);
                        peaks.add(ValidationTable.peakFrequency(sim, e));
                        afterThrust.add((e.scenarioTime() - thrustEnd) * 1e3);
                    }
                }
            }
            String model = " — " + source.id();
            rows.add(new Row(
                    "Peak level of a pop in air, 10 cm, through 4 cm of tissue (dB re 20 µPa, median and range)"
                            + model,
                    "not found",
                    String.format(
                            "%.0f (%.0f to %.0f)",
                            ValidationTable.median(levels), ValidationTable.min(levels), ValidationTable.max(levels)),
                    "no published peak level with its microphone distance was found; Chandran Suja & Barakat"
                            + " 2018 recorded knuckles with the microphone under 1 cm away (value not found)"));
            rows.add(new Row(
                    "Single pop duration (ms, mean)" + model,
                    "5.66 (95% CI 5.36–5.96)",
                    String.format("%.2f", ValidationTable.mean(durations)),
                    "Dunning et al. 2013, skin microphones over C1 (ours: to 10% of the peak)",
                    Row.judge(
                            ValidationTable.mean(durations) >= 5.36 && ValidationTable.mean(durations) <= 5.96,
                            "inside the 95% CI")));
            rows.add(new Row(
                    "Crack peak frequency, skin sensor (Hz, median and range)" + model,
                    "215 (86–1830)",
                    String.format(
                            "%.0f (%.0f–%.0f)",
                            ValidationTable.median(peaks), ValidationTable.min(peaks), ValidationTable.max(peaks)),
                    "Reggars 1996, C3/4, skin microphones",
                    Row.judge(Math.abs(ValidationTable.median(peaks) / 215 - 1) <= 0.2, "median within 20%")));
            rows.add(new Row(
                    "Pop time after the thrust reaches full range (ms, median and range)" + model,
                    "within the thrust (96.95 ms cervical, 139.13 ms lumbar)",
                    String.format(
                            "%.0f (%.0f to %.0f)",
                            ValidationTable.median(afterThrust),
                            ValidationTable.min(afterThrust),
                            ValidationTable.max(afterThrust)),
                    "Dunning 2013, Mourad 2019: the pops are counted within the thrust",
                    Row.judge(
                            Math.abs(ValidationTable.median(afterThrust)) <= 139,
                            "median within one thrust's length of its end")));
        }
        return rows;
    }

    /** Peak level at the default air microphone of a pop whose emission peaks at {@code peak1cm} Pa, dB re 20 µPa. */
    static double airLevel(double peak1cm) {
        double p = peak1cm
                * Math.pow(10, -TISSUE_DEPTH * 100 / 20)
                * Sensor.AIR_MICROPHONE.transmission()
                * Emission.REFERENCE_DISTANCE
                / MIC_DISTANCE;
        return 20 * Math.log10(Math.max(p, 1e-30) / 20e-6);
    }

    /**
     * When the first repetition's thrust reaches its full range and the hold begins, s: the first moment
     * past the positioning (angle above 70% of the range) at which the segment stops turning.
     */
    static double thrustEnd(Scenario s) {
        double[] starts = s.startTimes();
        MovementProfile motion = starts == null
                ? MovementProfile.repeated(s.movement(), 0.3)
                : new MovementProfile(s.movement(), starts);
        double start = motion.starts()[0];
        double step = 1e-4;
        for (double t = start; t < start + motion.repetitionLength(); t += step) {
            if (motion.angle(t) > 0.7 * motion.amplitude() && motion.angularVelocity(t) == 0) {
                return t;
            }
        }
        return start + motion.repetitionLength();
    }
}
