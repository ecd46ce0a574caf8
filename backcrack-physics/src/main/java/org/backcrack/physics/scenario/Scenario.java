package org.backcrack.physics.scenario;

import java.util.Objects;
import org.backcrack.physics.family.Families;
import org.backcrack.physics.joint.CavitationSource;
import org.backcrack.physics.joint.SpineRegion;
import org.backcrack.physics.motion.Movement;
import org.backcrack.physics.record.RecordingSettings;

/**
 * Everything a simulation needs: who, where, what movement, how it is recorded, and the seed.
 *
 * @param name        short id
 * @param description one sentence for {@code simulate --list}
 * @param person      the person
 * @param region      the part of the spine
 * @param movement    the movement
 * @param startTimes  when each repetition starts, s (null: every {@code movement.intervalS()} from 0.3 s)
 * @param recording   how it is recorded
 * @param seed        seed of every random choice (joint-to-joint variation, noise, distractors)
 * @param families    which model makes each class of sound and the recording condition ({@link Families})
 * @param cavitationSource which moment of a joint's cavitation is heard: its inception (the default) or its
 *                    partial collapse ({@link CavitationSource}, docs/science.md section 2)
 */
public record Scenario(
        String name,
        String description,
        Person person,
        SpineRegion region,
        Movement movement,
        double[] startTimes,
        RecordingSettings recording,
        long seed,
        Families families,
        CavitationSource cavitationSource) {
    /** A scenario of the physics families under the plain recording chain, heard at cavity inception. */
    public Scenario(
            String name,
            String description,
            Person person,
            SpineRegion region,
            Movement movement,
            double[] startTimes,
            RecordingSettings recording,
            long seed) {
        this(name, description, person, region, movement, startTimes, recording, seed, Families.DEFAULT);
    }

    /** A scenario whose pops are heard at cavity inception. */
    public Scenario(
            String name,
            String description,
            Person person,
            SpineRegion region,
            Movement movement,
            double[] startTimes,
            RecordingSettings recording,
            long seed,
            Families families) {
        this(
                name,
                description,
                person,
                region,
                movement,
                startTimes,
                recording,
                seed,
                families,
                CavitationSource.INCEPTION);
    }

    public Scenario {
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(cavitationSource, "cavitationSource");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(movement, "movement");
        Objects.requireNonNull(recording, "recording");
        startTimes = startTimes == null ? null : startTimes.clone();
    }

    @Override
    public double[] startTimes() {
        return startTimes == null ? null : startTimes.clone();
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(
                name,
                description,
                person,
                region,
                movement,
                startTimes,
                recording,
                newSeed,
                families,
                cavitationSource);
    }

    public Scenario withFamilies(Families f) {
        return new Scenario(
                name, description, person, region, movement, startTimes, recording, seed, f, cavitationSource);
    }

    public Scenario withRecording(RecordingSettings r) {
        return new Scenario(
                name, description, person, region, movement, startTimes, r, seed, families, cavitationSource);
    }

    /** The same scenario with its pops heard at another moment of the cavitation. */
    public Scenario withCavitationSource(CavitationSource source) {
        return new Scenario(name, description, person, region, movement, startTimes, recording, seed, families, source);
    }
}
