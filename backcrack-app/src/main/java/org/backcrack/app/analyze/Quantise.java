package org.backcrack.app.analyze;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.backcrack.core.audio.AudioClip;
import org.backcrack.core.audio.SampleFormat;
import org.backcrack.core.audio.WavReader;
import org.backcrack.core.audio.WavWriter;
import org.backcrack.physics.scenario.Simulation;

/** A simulation's clip as it reads back from its WAV file (quantised to its sample format). */
final class Quantise {
    private Quantise() {}

    static AudioClip asWritten(Simulation sim) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WavWriter.write(
                    sim.clip(),
                    SampleFormat.fromId(sim.scenario().recording().format()).orElseThrow(),
                    out);
            try (WavReader r = WavReader.open(
                    new ByteArrayInputStream(out.toByteArray()), sim.scenario().name())) {
                return r.readAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
