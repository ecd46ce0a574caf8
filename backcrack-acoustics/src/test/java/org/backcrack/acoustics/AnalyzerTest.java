package org.backcrack.acoustics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.acoustics.evaluate.Collars;
import org.backcrack.acoustics.evaluate.EventEvaluation;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.backcrack.physics.scenario.BuiltInScenarios;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.backcrack.physics.scenario.TruthEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The committed analyzer on simulated recordings (seeds the model was not trained on). */
class AnalyzerTest {
    private final Analyzer analyzer = Analyzer.standard();

    @ParameterizedTest
    @CsvSource({
        "snapping_tendon, 0.85",
        "osteoarthritis_bend, 0.6",
        "lumbar_manipulation, 0.6",
        "stretch_after_sitting, 0.5"
    })
    void analyze_builtInScenario_findsItsEvents(String name, double minF1) {
        Simulation sim = Simulator.run(BuiltInScenarios.named(name).orElseThrow());
        AnalyzerResult a = analyzer.analyze(sim.clip());
        List<SoundEvent> est =
                a.events().stream().flatMap(e -> e.asSoundEvent().stream()).toList();
        List<SoundEvent> ref =
                sim.events().stream().map(TruthEvent::asSoundEvent).toList();
        assertThat(EventEvaluation.of(ref, est, Collars.standard()).overall().f1())
                .isGreaterThanOrEqualTo(minF1);
        assertThat(a.events()).isSortedAccordingTo((x, y) -> Double.compare(x.onset(), y.onset()));
    }

    @Test
    void analyze_snappingTendon_seesTheRhythm_andNoGrating() {
        AnalyzerResult a = analyzer.analyze(
                Simulator.run(BuiltInScenarios.named("snapping_tendon").orElseThrow())
                        .clip());
        assertThat(a.count(SoundClass.SOFT_TISSUE_SNAP)).isGreaterThanOrEqualTo(6);
        assertThat(a.count(SoundClass.CREPITUS)).isZero();
        assertThat(a.snapsRepeatRegularly()).isTrue();
        assertThat(a.patterns()).anyMatch(p -> p.contains("regular beat"));
    }

    @Test
    void analyze_streamedInBlocks_equalsWholeClip_andSilenceHasNoEvents() throws Exception {
        Simulation sim = Simulator.run(BuiltInScenarios.named("morning_twist").orElseThrow());
        float[] mono = sim.clip().channel(0);
        int[] pos = {0};
        AnalyzerResult streamed = analyzer.analyze(
                buf -> {
                    int n = Math.min(Math.min(buf.length, 1000), mono.length - pos[0]);
                    System.arraycopy(mono, pos[0], buf, 0, n);
                    pos[0] += n;
                    return n;
                },
                sim.clip().sampleRate());
        assertThat(streamed.events()).isEqualTo(analyzer.analyze(sim.clip()).events());
        float[] quiet = new float[48_000 * 600];
        int[] at = {0};
        AnalyzerResult silence = analyzer.analyze(
                buf -> {
                    int n = Math.min(buf.length, quiet.length - at[0]);
                    at[0] += n;
                    return n;
                },
                48_000);
        assertThat(silence.duration()).isEqualTo(600.0);
        assertThat(silence.events()).isEmpty();
    }

    /**
     * Two grating bursts about 270 ms apart: clicks every 20–40 ms at 150–1500 Hz (1.2 ms decay), a pause
     * with nothing in it, then more clicks — closer than {@link Analyzer#TRAIN_GAP}, but the pause, over
     * {@link Analyzer#RHYTHM_PAUSE} times the clicks' typical interval, parts them; a third burst half a
     * second later is a train of its own either way.
     */
    @Test
    void analyze_trainsPartedByAPause_areSeparateEvents() {
        int rate = 48_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        float[] x = quietNoise(rate * 3, rng);
        double[][] bursts = {{0.5, 0.9}, {1.17, 1.5}, {2.0, 2.6}};
        for (double[] b : bursts) {
            for (double t = b[0]; t <= b[1]; t += 0.02 + 0.02 * rng.nextDouble()) {
                addClick(x, rate, t, rng);
            }
        }
        List<DetectedEvent> trains = trains(x, rate);
        assertThat(trains).hasSize(3);
        assertThat(trains.get(0).offset()).isLessThan(1.05);
        assertThat(trains.get(1).onset()).isGreaterThan(1.05);
    }

    /**
     * Sparse grating (McCoy et al. 1987): clicks every 50–70 ms, irregular, for 1.8 s, with one gap of 0.3 s
     * in the middle, as clicks arriving at random leave now and then. One train, not two: the gap is under
     * {@link Analyzer#TRAIN_GAP} and under {@link Analyzer#RHYTHM_PAUSE} times the typical interval.
     */
    @Test
    void analyze_sparseClicksWithAWideGap_areOneTrain() {
        int rate = 48_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(6);
        float[] x = quietNoise(rate * 3, rng);
        double t = 0.5;
        for (double stop : new double[] {1.2, 2.3}) {
            while (t < stop) {
                addClick(x, rate, t, rng);
                t += 0.05 + 0.02 * rng.nextDouble();
            }
            t += 0.24; // the gap: 0.29-0.31 s from one click to the next
        }
        List<DetectedEvent> trains = trains(x, rate);
        assertThat(trains).hasSize(1);
        assertThat(trains.get(0).onset()).isLessThan(0.6);
        assertThat(trains.get(0).offset()).isGreaterThan(2.2);
    }

    @Test
    void minConfidence_one_leavesEverythingUnclassified() {
        AnalyzerResult a = analyzer.withMinConfidence(1.0)
                .analyze(Simulator.run(BuiltInScenarios.named("snapping_tendon").orElseThrow())
                        .clip());
        assertThat(a.events())
                .isNotEmpty()
                .allMatch(e -> e.soundClass() == null && e.label().equals("unclassified"));
    }

    private static DetectedEvent event(double onset, double offset, org.backcrack.core.SoundClass c, int clicks) {
        return new DetectedEvent(
                onset,
                offset,
                c,
                0.9,
                new org.backcrack.acoustics.features.EventFeatures(-20, 30, 0.001, 0.005, 300, 500, 200, 0.1, clicks));
    }

    @Test
    void doubleSnaps_becomeOne_snapsAMovementApartStayTwo() {
        java.util.List<DetectedEvent> events = new java.util.ArrayList<>(java.util.List.of(
                event(1.00, 1.03, org.backcrack.core.SoundClass.SOFT_TISSUE_SNAP, 1),
                event(1.02, 1.021, org.backcrack.core.SoundClass.CAVITATION, 1),
                event(1.05, 1.09, org.backcrack.core.SoundClass.SOFT_TISSUE_SNAP, 1),
                event(2.00, 2.03, org.backcrack.core.SoundClass.SOFT_TISSUE_SNAP, 1)));
        Analyzer.mergeDoubleSnaps(events);
        assertThat(events).extracting(DetectedEvent::onset).containsExactly(1.00, 1.02, 2.00);
        assertThat(events.get(0).offset()).isEqualTo(1.09);
    }

    @Test
    void overlappingTrains_becomeOne_withTheirClicksTogether_trainsApartStayTwo() {
        java.util.List<DetectedEvent> events = new java.util.ArrayList<>(java.util.List.of(
                event(1.0, 2.0, org.backcrack.core.SoundClass.CREPITUS, 6),
                event(1.9, 2.6, org.backcrack.core.SoundClass.CREPITUS, 4),
                event(2.7, 3.0, org.backcrack.core.SoundClass.CREPITUS, 5)));
        Analyzer.mergeOverlappingTrains(events);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).offset()).isEqualTo(2.6);
        assertThat(events.get(0).features().subClicks()).isEqualTo(10);
    }

    @Test
    void analyze_voicedSyllablesWithConsonantBurstsBetween_areNotJointSounds() {
        // Ten seconds of a synthetic voice: syllables of 150 ms (a 130 Hz pulse train through two formants)
        // with a 10 ms noise burst (a plosive) in the 60 ms between them, over quiet noise.
        int fs = 16_000;
        float[] x = new float[10 * fs];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        double y1 = 0;
        double y2 = 0;
        double z1 = 0;
        double z2 = 0;
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / fs;
            double inCycle = t % 0.21;
            double src = inCycle < 0.15 && i % Math.round(fs / 130.0) == 0 ? 1 : 0;
            double r = 0.97;
            double a = src + 2 * r * Math.cos(2 * Math.PI * 600 / fs) * y1 - r * r * y2;
            y2 = y1;
            y1 = a;
            double b = src + 2 * r * Math.cos(2 * Math.PI * 1500 / fs) * z1 - r * r * z2;
            z2 = z1;
            z1 = b;
            double plosive = inCycle > 0.175 && inCycle < 0.185 ? 2 * rng.nextGaussian() : 0;
            x[i] = (float) (0.02 * (a + 0.5 * b + plosive) + 1e-4 * rng.nextGaussian());
        }
        AnalyzerResult a = Analyzer.standard().analyze(org.backcrack.core.audio.AudioClip.mono(fs, x));
        assertThat(a.events()).isEmpty();
    }

    @Test
    void voiced_aRunOfClicksAmidAVoice_butNotAmidBriefRinging() {
        // A run of clicks at 2.00-2.30 s. A voice's vowels fill 25 of the 101 steps around the run's middle, none
        // touching the clicks...
        assertThat(Analyzer.voiced(2.0, 2.3, periodicFrom(170, 195))).isTrue();
        // ...while a thud's ringing fills 10 of them.
        assertThat(Analyzer.voiced(2.0, 2.3, periodicFrom(170, 180))).isFalse();
        assertThat(Analyzer.voiced(2.0, 2.3, periodicFrom(0, 0))).isFalse();
        // A speaker's run of consonants with no vowel within half a second, but a voice filling 46 of the 201
        // steps within a second (TRAIN_VOICE_REACH) of its middle: still the voice's.
        assertThat(Analyzer.voiced(2.0, 2.3, periodicFrom(270, 320))).isTrue();
        // The same voice more than a second away: another moment, not this run's.
        assertThat(Analyzer.voiced(2.0, 2.3, periodicFrom(330, 380))).isFalse();
    }

    /**
     * Four seconds of 10 ms steps of quiet noise (its hum periodic, as hum is), with a periodic sound 30 dB above
     * it in steps [from, to).
     */
    private static Envelope periodicFrom(int from, int to) {
        float[] db = new float[400];
        byte[] p = new byte[400];
        java.util.Arrays.fill(db, -60);
        java.util.Arrays.fill(p, (byte) 90);
        java.util.Arrays.fill(db, from, to, -30);
        java.util.Arrays.fill(p, from, to, (byte) 95);
        return new Envelope(db, 0.01, p);
    }

    @Test
    void analyze_sparseIrregularGrating_isOneTrainPerMovement_despiteItsQuietGaps() {
        // Two movements' grating, 0.8-2.2 s and 2.9-3.8 s: clicks 40-160 ms apart (a few a second to 25, as
        // in crepitant joints), so quiet gaps longer than the 80 ms pause lie inside each train.
        int rate = 48_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(11);
        float[] x = quietNoise(rate * 9 / 2, rng);
        int clicks = 0;
        for (double[] b : new double[][] {{0.8, 2.2}, {2.9, 3.8}}) {
            for (double t = b[0]; t <= b[1]; t += 0.04 + 0.12 * rng.nextDouble()) {
                addClick(x, rate, t, rng);
                clicks++;
            }
        }
        // Grouping is what is tested, not the committed model's classes: every transient is taken for a click.
        AnalyzerResult a =
                everyTransientGrating().analyze(new org.backcrack.core.audio.AudioClip(rate, new float[][] {x}));
        List<DetectedEvent> trains = a.events().stream()
                .filter(e -> e.soundClass() == SoundClass.CREPITUS)
                .toList();
        assertThat(clicks).isGreaterThan(20);
        assertThat(trains).hasSize(2);
        assertThat(trains.get(0).onset()).isBetween(0.7, 0.95);
        assertThat(trains.get(0).offset()).isBetween(2.1, 2.5);
        assertThat(trains.get(1).onset()).isBetween(2.8, 3.0);
    }

    @Test
    void frictionSpans_areLongRunsOfGratingPiecesWithoutAPauseOrAVoice() {
        // Pieces of 100 ms, one after another from 1.0 s, over an envelope loud from 1.0 to 2.2 s, in bursts.
        List<org.backcrack.acoustics.detect.Impulse> imps = new java.util.ArrayList<>();
        List<Integer> pieces = new java.util.ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double t = 1.0 + 0.1 * k;
            imps.add(new org.backcrack.acoustics.detect.Impulse(t, t + 0.1, 0.1, t + 0.01, -60, new float[1], 48_000));
            pieces.add(k);
        }
        float[] db = new float[400];
        java.util.Arrays.fill(db, -60);
        for (int k = 100; k < 220; k++) {
            db[k] = k % 3 == 0 ? -26 : -30;
        }
        Envelope loud = new Envelope(db, 0.01, new byte[400]);
        assertThat(Analyzer.frictionSpans(imps, pieces, loud))
                .singleElement()
                .satisfies(r -> assertSpan(r, 0, 12, 1.0, 2.2));
        // Shorter than FRICTION_MIN (0.8 s): the first seven pieces, 0.7 s.
        assertThat(Analyzer.frictionSpans(imps, pieces.subList(0, 7), loud)).isEmpty();
        // A quiet pause of 100 ms in the envelope: two sounds, not one grinding, each too short.
        float[] paused = db.clone();
        java.util.Arrays.fill(paused, 150, 160, -60);
        assertThat(Analyzer.frictionSpans(imps, pieces, new Envelope(paused, 0.01, new byte[400])))
                .isEmpty();
        // The pause near the end (a phone's gain control ducking the noise after the grinding, inside the
        // detector's last piece): the grinding before it stands, cut at the pause.
        float[] tail = db.clone();
        java.util.Arrays.fill(tail, 205, 220, -60);
        assertThat(Analyzer.frictionSpans(imps, pieces, new Envelope(tail, 0.01, new byte[400])))
                .singleElement()
                .satisfies(r -> assertSpan(r, 0, 11, 1.0, 2.05));
        // Steady noise whose level does not move (a phone's gain control pumping the noise up): not friction.
        float[] steady = db.clone();
        java.util.Arrays.fill(steady, 100, 220, -30);
        assertThat(Analyzer.frictionSpans(imps, pieces, new Envelope(steady, 0.01, new byte[400])))
                .isEmpty();
        // A voice filling the stretch: its fricatives, not a joint.
        byte[] voiced = new byte[400];
        java.util.Arrays.fill(voiced, 100, 220, (byte) 95);
        assertThat(Analyzer.frictionSpans(imps, pieces, new Envelope(db, 0.01, voiced)))
                .isEmpty();
        // Pieces further apart than TRAIN_GAP are separate runs, each too short.
        List<org.backcrack.acoustics.detect.Impulse> apart = new java.util.ArrayList<>();
        for (int k = 0; k < 4; k++) {
            double t = 0.5 + 0.4 * k;
            apart.add(new org.backcrack.acoustics.detect.Impulse(t, t + 0.1, 0.1, t, -60, new float[1], 48_000));
        }
        assertThat(Analyzer.frictionSpans(apart, List.of(0, 1, 2, 3), loud)).isEmpty();
        assertThat(Analyzer.frictionSpans(imps, pieces, null)).isEmpty();
    }

    @Test
    void frictionSpans_aPauseInsideOnePiece_partsTwoGrindings() {
        // Two grindings, 1.0-2.1 s and 2.3-3.4 s; the detector's piece from 2.0 to 2.4 s runs over the pause
        // between them (the gain control ducked the noise under the floor it had learned).
        List<org.backcrack.acoustics.detect.Impulse> imps = new java.util.ArrayList<>();
        double[][] at = {{1.0, 1.5}, {1.5, 2.0}, {2.0, 2.4}, {2.4, 2.9}, {2.9, 3.4}};
        for (double[] t : at) {
            imps.add(new org.backcrack.acoustics.detect.Impulse(
                    t[0], t[1], 0.1, t[0] + 0.01, -60, new float[1], 48_000));
        }
        float[] db = new float[500];
        java.util.Arrays.fill(db, -60);
        for (int k = 100; k < 340; k++) {
            db[k] = k >= 210 && k < 230 ? -60 : (k % 3 == 0 ? -26 : -30);
        }
        assertThat(Analyzer.frictionSpans(imps, List.of(0, 1, 2, 3, 4), new Envelope(db, 0.01, new byte[500])))
                .satisfiesExactly(r -> assertSpan(r, 0, 3, 1.0, 2.1), r -> assertSpan(r, 2, 5, 2.3, 3.4));
    }

    private static void assertSpan(Analyzer.FrictionSpan r, int first, int end, double start, double stop) {
        assertThat(r.first()).isEqualTo(first);
        assertThat(r.end()).isEqualTo(end);
        assertThat(r.start()).isCloseTo(start, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.stop()).isCloseTo(stop, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void analyze_continuousFrictionNoise_isOneGratingTrain() {
        // Band-limited noise (300-2000 Hz) from 1.0 to 2.5 s with bursts 6-12 dB up, as osteoarthritic friction
        // (Mollan et al. 1982), in quiet noise. Every transient is taken for grating (a stub classifier): what
        // is tested is that pieces too long for clicks still make a train.
        int rate = 48_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        float[] x = quietNoise(rate * 4, rng);
        double[] noise = new double[rate * 3 / 2];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = rng.nextGaussian();
        }
        org.backcrack.core.dsp.Biquad.highPass(300, rate).apply(noise);
        org.backcrack.core.dsp.Biquad.lowPass(2000, rate).apply(noise);
        double[] gain = new double[noise.length];
        java.util.Arrays.fill(gain, 1);
        for (double t = 0; t < 1.5; t += 0.05 + 0.1 * rng.nextDouble()) {
            int a = (int) (t * rate);
            int len = (int) ((0.01 + 0.04 * rng.nextDouble()) * rate);
            double g = Math.pow(10, (6 + 6 * rng.nextDouble()) / 20);
            for (int i = a; i < Math.min(noise.length, a + len); i++) {
                gain[i] = Math.max(gain[i], g * Math.sin(Math.PI * (i - a) / len));
            }
        }
        for (int i = 0; i < noise.length; i++) {
            x[rate + i] += (float) (0.01 * gain[i] * noise[i]);
        }
        AnalyzerResult a =
                everyTransientGrating().analyze(new org.backcrack.core.audio.AudioClip(rate, new float[][] {x}));
        assertThat(a.events()).singleElement().satisfies(e -> {
            assertThat(e.soundClass()).isEqualTo(SoundClass.CREPITUS);
            assertThat(e.onset()).isBetween(0.9, 1.1);
            assertThat(e.offset()).isBetween(2.4, 2.6);
        });
    }

    @Test
    void typicalInterval_isTheMedianOfTheIntervalsAroundAGap_withoutTheGap() {
        List<org.backcrack.acoustics.detect.Impulse> imps = new java.util.ArrayList<>();
        for (double t : new double[] {0, 0.05, 0.10, 0.15, 0.40, 0.45, 0.52}) {
            imps.add(new org.backcrack.acoustics.detect.Impulse(t, t + 0.002, 0.1, t, -60, new float[1], 48_000));
        }
        List<Integer> clicks = List.of(0, 1, 2, 3, 4, 5, 6);
        // Around the 250 ms gap before click 4: intervals 50, 50, 50, 50, 70 ms.
        assertThat(Analyzer.typicalInterval(imps, clicks, 4))
                .isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        // Fewer than two intervals around: none.
        assertThat(Analyzer.typicalInterval(imps.subList(0, 2), List.of(0, 1), 1))
                .isZero();
    }

    @Test
    void standsOut_aPopWellAboveAVoice_butNotAConsonantAtTheVoicesLevel() {
        float[] db = new float[400];
        byte[] p = new byte[400];
        java.util.Arrays.fill(db, -60);
        for (int k = 100; k < 200; k++) {
            db[k] = -30;
            p[k] = 95;
        }
        Envelope voice = new Envelope(db, 0.01, p);
        // Peak 0.3 is -10.5 dB: 19.5 dB above the voice's -30 dB. Peak 0.05 is -26 dB: 4 dB above it.
        org.backcrack.acoustics.detect.Impulse pop =
                new org.backcrack.acoustics.detect.Impulse(1.5, 1.505, 0.3, 1.501, -60, new float[1], 48_000);
        org.backcrack.acoustics.detect.Impulse consonant =
                new org.backcrack.acoustics.detect.Impulse(1.5, 1.505, 0.05, 1.501, -60, new float[1], 48_000);
        assertThat(Analyzer.standsOut(pop, voice)).isTrue();
        assertThat(Analyzer.standsOut(consonant, voice)).isFalse();
    }

    @Test
    void swell_aLonePopMustStandOutOfTheNoiseJustBeforeIt_butNotOfTheRingingOfAnotherSound() {
        // A movement's noise rising from -60 to -25 dB over the second up to 2.0 s, then falling back.
        float[] db = new float[400];
        for (int k = 0; k < db.length; k++) {
            db[k] = k < 100 ? -60 : k < 200 ? -60 + 0.35f * (k - 100) : -60;
        }
        Envelope rising = new Envelope(db, 0.01);
        // The 0.1 s before 1.995 s lies at about -28 dB. Peak 0.1 is -20 dB: 8 dB out of it, a swell of the noise.
        // Peak 0.5 is -6 dB: 22 dB out of it, a pop.
        org.backcrack.acoustics.detect.Impulse swell =
                new org.backcrack.acoustics.detect.Impulse(1.995, 2.0, 0.1, 1.996, -60, new float[1], 48_000);
        org.backcrack.acoustics.detect.Impulse pop =
                new org.backcrack.acoustics.detect.Impulse(1.995, 2.0, 0.5, 1.996, -60, new float[1], 48_000);
        assertThat(Analyzer.swell(swell, rising, 0.5)).isTrue();
        assertThat(Analyzer.swell(pop, rising, 0.5)).isFalse();
        // The same transient 60 ms after another sound ended: what lies before it is that sound's, not the noise.
        assertThat(Analyzer.swell(swell, rising, 1.935)).isFalse();
        assertThat(Analyzer.swell(swell, rising, 1.885)).isTrue();
        // A sound still going on when it starts (a pop on a snap's ringing) counts too.
        assertThat(Analyzer.swell(swell, rising, 2.05)).isFalse();
        // At the very start of a recording nothing lies before it: not judged.
        org.backcrack.acoustics.detect.Impulse first =
                new org.backcrack.acoustics.detect.Impulse(0.005, 0.01, 0.001, 0.006, -60, new float[1], 48_000);
        assertThat(Analyzer.swell(first, rising, Double.NEGATIVE_INFINITY)).isFalse();
        // Over a steady quiet noise the same quiet transient stands 40 dB out: a pop.
        assertThat(Analyzer.swell(
                        new org.backcrack.acoustics.detect.Impulse(3.0, 3.005, 0.1, 3.001, -60, new float[1], 48_000),
                        rising,
                        0.5))
                .isFalse();
    }

    @Test
    void soundLengths_runOverAbuttingPieces_butAGratingClickOrAGapEndsTheSound() {
        // Pieces at 1.00-1.10, 1.10-1.30, 1.30-1.35 (abutting), a grating click 1.35-1.36, then 1.36-1.50, and
        // 2.0-2.1 after a gap.
        double[][] spans = {{1.00, 1.10}, {1.10, 1.30}, {1.30, 1.35}, {1.35, 1.36}, {1.36, 1.50}, {2.0, 2.1}};
        List<org.backcrack.acoustics.detect.Impulse> imps = new java.util.ArrayList<>();
        for (double[] s : spans) {
            imps.add(new org.backcrack.acoustics.detect.Impulse(s[0], s[1], 0.1, s[0], -60, new float[1], 48_000));
        }
        org.backcrack.acoustics.classify.ImpulseClass pop = org.backcrack.acoustics.classify.ImpulseClass.CAVITATION;
        List<java.util.Map.Entry<org.backcrack.acoustics.classify.ImpulseClass, Double>> decisions =
                new java.util.ArrayList<>(List.of(
                        java.util.Map.entry(pop, 0.9),
                        java.util.Map.entry(org.backcrack.acoustics.classify.ImpulseClass.NOISE, 0.9),
                        java.util.Map.entry(org.backcrack.acoustics.classify.ImpulseClass.SNAP, 0.9),
                        java.util.Map.entry(org.backcrack.acoustics.classify.ImpulseClass.CREPITUS_CLICK, 0.9),
                        java.util.Map.entry(pop, 0.9),
                        java.util.Map.entry(pop, 0.9)));
        assertThat(Analyzer.soundLengths(imps, decisions))
                .containsExactly(
                        new double[] {0.35, 0.35, 0.35, 0, 0.14, 0.1}, org.assertj.core.data.Offset.offset(1e-9));
        // A transient that is no sound (null) ends the run too.
        decisions.set(1, null);
        assertThat(Analyzer.soundLengths(imps, decisions)[0]).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void analyze_anExplosionCutAtItsAttacks_isNoPop_butABurstOfPopsIs() {
        // Over quiet noise: at 1.0 s a second of loud noise with a new attack every 30-60 ms (an explosion in a
        // game), and at 3.0 s four pops 40 ms apart (a thrust's burst). A stub classifier takes every transient
        // for a pop: what is tested is that the pieces of a sound lasting over MAX_JOINT_SOUND are dropped.
        int rate = 16_000;
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        float[] x = quietNoise(5 * rate, rng);
        for (double t = 1.0; t < 2.0; t += 0.03 + 0.03 * rng.nextDouble()) {
            double g = 0.05 + 0.1 * rng.nextDouble();
            int a = (int) (t * rate);
            for (int k = 0; k < rate * 6 / 100 && a + k < 2 * rate; k++) {
                x[a + k] += (float) (g * Math.exp(-k / (0.02 * rate)) * rng.nextGaussian());
            }
        }
        for (int k = 0; k < 4; k++) {
            addPop(x, rate, 3.0 + 0.04 * k, 0.1);
        }
        java.util.Map<org.backcrack.acoustics.classify.ImpulseClass, Double> pop =
                new java.util.EnumMap<>(org.backcrack.acoustics.classify.ImpulseClass.class);
        for (org.backcrack.acoustics.classify.ImpulseClass c : org.backcrack.acoustics.classify.ImpulseClass.values()) {
            pop.put(c, c == org.backcrack.acoustics.classify.ImpulseClass.CAVITATION ? 1.0 : 0.0);
        }
        AnalyzerResult a = new Analyzer(Analyzer.Settings.defaults(), v -> pop)
                .analyze(org.backcrack.core.audio.AudioClip.mono(rate, x));
        assertThat(a.events())
                .extracting(DetectedEvent::onset)
                .allSatisfy(t -> assertThat(t).isBetween(2.99, 3.2));
        assertThat(a.events()).hasSize(4);
    }

    /** Adds a pop at t s: a 1 kHz ring decaying in 1 ms, whose peak is {@code peak}. */
    private static void addPop(float[] x, int rate, double t, double peak) {
        int at = (int) (t * rate);
        for (int k = 0; k < rate / 100; k++) {
            x[at + k] += (float) (peak * Math.exp(-k / (1e-3 * rate)) * Math.cos(2 * Math.PI * 1000 * k / rate));
        }
    }

    /** An analyzer whose stub classifier takes every transient for a grating click, for testing the grouping. */
    private static Analyzer everyTransientGrating() {
        java.util.Map<org.backcrack.acoustics.classify.ImpulseClass, Double> click =
                new java.util.EnumMap<>(org.backcrack.acoustics.classify.ImpulseClass.class);
        for (org.backcrack.acoustics.classify.ImpulseClass c : org.backcrack.acoustics.classify.ImpulseClass.values()) {
            click.put(c, c == org.backcrack.acoustics.classify.ImpulseClass.CREPITUS_CLICK ? 1.0 : 0.0);
        }
        return new Analyzer(Analyzer.Settings.defaults(), v -> click);
    }

    /** Samples of quiet white noise (1e-4 RMS). */
    /** The grating trains the analyzer finds in a mono recording. */
    private List<DetectedEvent> trains(float[] x, int rate) {
        return analyzer.analyze(new org.backcrack.core.audio.AudioClip(rate, new float[][] {x})).events().stream()
                .filter(e -> e.soundClass() == SoundClass.CREPITUS)
                .toList();
    }

    private static float[] quietNoise(int n, java.util.SplittableRandom rng) {
        float[] x = new float[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (1e-4 * rng.nextGaussian());
        }
        return x;
    }

    /** Adds a grating click at t s: a 10 ms sine of 150-1500 Hz decaying in 1.2 ms, heavy-tailed in level. */
    private static void addClick(float[] x, int rate, double t, java.util.SplittableRandom rng) {
        double f = 150 + 1350 * rng.nextDouble();
        double amp = 0.01 * Math.pow(1 - rng.nextDouble(), -1 / 2.5);
        int at = (int) (t * rate);
        for (int k = 0; k < rate / 100 && at + k < x.length; k++) {
            x[at + k] += (float) (amp * Math.exp(-k / (1.2e-3 * rate)) * Math.sin(2 * Math.PI * f * k / rate));
        }
    }
}
