package org.backcrack.bench.physics;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.backcrack.bench.BenchScenarios;
import org.backcrack.physics.bubble.BubbleModel;
import org.backcrack.physics.bubble.BubbleSetup;
import org.backcrack.physics.bubble.BubbleSolver;
import org.backcrack.physics.bubble.BubbleTrace;
import org.backcrack.physics.bubble.DrivingPressure;
import org.backcrack.physics.bubble.Liquid;
import org.backcrack.physics.bubble.RayleighPlessetBubble;
import org.backcrack.physics.bubble.Viscosity;
import org.backcrack.physics.joint.Cavitation;
import org.backcrack.physics.joint.FacetJoint;
import org.backcrack.physics.joint.FacetJointCavitation;
import org.backcrack.physics.joint.SynovialFluid;
import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.motion.MovementProfile;
import org.backcrack.physics.motion.MovementType;
import org.backcrack.physics.record.Recorder;
import org.backcrack.physics.scenario.Scenario;
import org.backcrack.physics.scenario.Simulation;
import org.backcrack.physics.scenario.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The forward model on one core: one pop (pressure build-up, inception, 40 ms of Keller–Miksis bubble in
 * its joint, the segment's ringing), and a 60-second scenario with every mechanism (fifteen twists by a
 * 60-year-old with tight muscles and grade-2 osteoarthritis: pops, snaps, crepitus trains, distractors)
 * recorded at 48 kHz. The peer, measured in the same run, is the recording chain alone making 60 s of
 * 48 kHz noise: the floor cost of any 60-second recording.
 *
 * <p>{@link #ringing} is the {@code simulate --validate} Minnaert row: a 10 µm air bubble in water released at
 * 1.001·R0 and integrated for 20 natural periods, sampled at 20 or 2000 points per period. The difference of
 * the two, divided by the difference in sample counts (40 001 − 401), is the cost of one output sample.
 *
 * <p>Run: {@code ./mvnw -q -B -pl backcrack-bench -am package -Dmaven.test.skip=true &&
 * java -jar backcrack-bench/target/benchmarks.jar PhysicsBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PhysicsBenchmark {
    static final FacetJoint LUMBAR = new FacetJoint("L4/L5 left", 1.6e-4, 1.5e-6, 1e-13, 0.1, -120e3, 1.3e-3, 190, 1.0);
    static final MovementProfile TWIST =
            MovementProfile.repeated(new Movement(MovementType.TWIST, 30, 120, 1, 0, "left"), 0.1);
    static final FacetJointCavitation MODEL = new FacetJointCavitation(SynovialFluid.healthy(), 48_000);
    static final Scenario SIXTY_SECONDS = BenchScenarios.sixtySecondTwist("bench_60s", 25);

    @Benchmark
    public Cavitation onePop() {
        return MODEL.firstCavitation(LUMBAR, TWIST, 0, TWIST.duration()).orElseThrow();
    }

    /** The Minnaert validation row's ringing bubble, sampled at {@link #samplesPerPeriod} per period. */
    @State(Scope.Thread)
    public static class Ringing {
        static final double R0 = 10e-6;
        static final double P0 = 101_325;
        static final BubbleModel MODEL = new RayleighPlessetBubble(
                BubbleSetup.equilibrium(new Liquid(998, 1482, 0.0728, 0, new Viscosity.Newtonian(0)), R0, P0, 1.4));
        static final double F0 =
                Math.sqrt((3 * 1.4 * (P0 + 2 * 0.0728 / R0) - 2 * 0.0728 / R0) / 998) / (2 * Math.PI * R0);

        @Param({"20", "2000"})
        public int samplesPerPeriod;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public BubbleTrace ringing(Ringing s) {
        return BubbleSolver.precise()
                .solve(
                        Ringing.MODEL,
                        DrivingPressure.constant(Ringing.P0),
                        Ringing.R0 * 1.001,
                        0,
                        0,
                        20 / Ringing.F0,
                        Ringing.F0 * s.samplesPerPeriod,
                        BubbleSolver.Stop.NEVER);
    }

    @Benchmark
    public Simulation sixtySecondScenario() {
        return Simulator.run(SIXTY_SECONDS);
    }

    @Benchmark
    public Recorder.Result peerSixtySecondsOfNoise() {
        return Recorder.record(60.3, List.of(), List.of(), SIXTY_SECONDS.recording(), new SplittableRandom(3));
    }
}
