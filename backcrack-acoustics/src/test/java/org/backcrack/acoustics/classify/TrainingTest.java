package org.backcrack.acoustics.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.acoustics.detect.Impulse;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.junit.jupiter.api.Test;

class TrainingTest {
    private static Impulse at(double onset, double offset) {
        return new Impulse(onset, offset, 0.1, onset, -60, new float[8], 8000);
    }

    @Test
    void label_snapInsideAGratingTrainIsASnap_clicksAroundItAreClicks() {
        List<SoundEvent> truth = List.of(
                new SoundEvent(0.5, 1.9, SoundClass.CREPITUS),
                new SoundEvent(1.3756, 1.3999, SoundClass.SOFT_TISSUE_SNAP));
        List<Impulse> found = List.of(at(1.3650, 1.3730), at(1.3730, 1.4620), at(1.5, 1.505));
        assertThat(Training.label(found, truth, List.of()))
                .containsExactly(ImpulseClass.CREPITUS_CLICK, ImpulseClass.SNAP, ImpulseClass.CREPITUS_CLICK);
    }

    @Test
    void label_distractorsAndTheRestAreNotJoints() {
        List<Impulse> found = List.of(at(0.30, 0.31), at(2.0, 2.01), at(3.0, 3.005));
        List<Training.Span> spans =
                List.of(new Training.Span("speech", 0.25, 1.4), new Training.Span("tap", 1.99, 2.01));
        assertThat(Training.label(found, List.of(new SoundEvent(3.002, 3.006, SoundClass.CAVITATION)), spans))
                .containsExactly(ImpulseClass.SPEECH, ImpulseClass.TAP, ImpulseClass.CAVITATION);
    }

    @Test
    void label_aChimeIsABeep_andDistractorAtSaysWhichDistractorATransientStartsIn() {
        List<Training.Span> spans = List.of(new Training.Span("beep", 0.2, 0.5), new Training.Span("chime", 1.0, 1.6));
        List<Impulse> found = List.of(at(0.3, 0.31), at(0.996, 1.05), at(1.4, 1.5), at(1.7, 1.71));
        assertThat(Training.label(found, List.of(), spans))
                .containsExactly(ImpulseClass.BEEP, ImpulseClass.BEEP, ImpulseClass.BEEP, ImpulseClass.NOISE);
        assertThat(found.stream()
                        .map(i -> Training.distractorAt(i.onset(), spans).orElse("none")))
                .containsExactly("beep", "chime", "chime", "none");
    }
}
