package org.backcrack.physics.scenario;

import java.util.List;
import org.backcrack.core.SoundEvent;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.physics.joint.Cavitation;
import org.backcrack.physics.record.Recorder;

/**
 * What a scenario produced.
 *
 * @param scenario     the scenario, as run
 * @param clip         the recording
 * @param events       joint sounds in recording-time order
 * @param distractors  non-joint sounds mixed in
 * @param windows      for each kept window, [scenario start, scenario end, recording start], s
 * @param cavitations  every cavitation with its bubble trace (scenario time)
 * @param joints       each facet joint's history
 * @param clipped      whether any sample was clipped
 */
public record Simulation(
        Scenario scenario,
        AudioClip clip,
        List<TruthEvent> events,
        List<Recorder.DistractorSpan> distractors,
        List<double[]> windows,
        List<Cavitation> cavitations,
        List<JointHistory> joints,
        boolean clipped) {
    /** Truth quantity: the event's largest |sample| in the recording, relative to full scale. */
    public static final String RECORDED_PEAK = "recorded_peak_fs";
    /**
     * The events a listener or an annotator can find in the written file — what its label file lists: those
     * whose peak reaches the {@link SampleFormat#smallestSound} of the scenario's sample format (an 8-bit
     * file keeps about 45 dB below full scale; a grating train 50 dB under the loudest pop is not in it), then
     * merged as {@link SoundEvent#audible} says. The events list keeps them all.
     */
    public List<SoundEvent> labels() {
        double smallest = SampleFormat.fromId(scenario.recording().format())
                .map(SampleFormat::smallestSound)
                .orElse(0.0);
        return SoundEvent.audible(events.stream()
                .filter(e -> e.quantities().getOrDefault(RECORDED_PEAK, Double.POSITIVE_INFINITY) >= smallest)
                .map(TruthEvent::asSoundEvent)
                .toList());
    }

    /**
     * @param joint           name
     * @param pops            scenario times it cavitated, s
     * @param refractoryUntil scenario time until which its gas bubble stops it cavitating again, s (0 if never)
     * @param gasFractions    mole fractions of CO₂, O₂, N₂ in the last cavity when it closed (empty if none)
     */
    public record JointHistory(String joint, List<Double> pops, double refractoryUntil, List<Double> gasFractions) {}
}
