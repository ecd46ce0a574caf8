package org.backcrack.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoundEventTest {
    private static SoundEvent pop(double on, double off) {
        return new SoundEvent(on, off, SoundClass.CAVITATION);
    }

    @Test
    void overlappingSoundsOfOneClassAreOneAudibleEvent() {
        List<SoundEvent> merged =
                SoundEvent.audible(List.of(pop(2.3330, 2.3384), pop(2.3328, 2.3380), pop(2.3373, 2.3434)));
        assertThat(merged).containsExactly(pop(2.3328, 2.3434));
    }

    @Test
    void popsStartingUnderFiveMillisecondsApartFuseEvenWithAGap() {
        List<SoundEvent> merged =
                SoundEvent.audible(List.of(pop(1.9247, 1.9277), pop(1.9279, 1.9349), pop(1.9479, 1.9514)));
        assertThat(merged).containsExactly(pop(1.9247, 1.9349), pop(1.9479, 1.9514));
    }

    @Test
    void soundsWithAGapStartingFiveMillisecondsOrMoreApartStayApart() {
        List<SoundEvent> events = List.of(pop(2.3102, 2.3156), pop(2.3168, 2.3216));
        assertThat(SoundEvent.audible(events)).containsExactlyElementsOf(events);
    }

    @Test
    void differentClassesStayApartEvenWhenTheyOverlap() {
        SoundEvent snap = new SoundEvent(0.6500, 0.7310, SoundClass.SOFT_TISSUE_SNAP);
        SoundEvent popInSnap = pop(0.7027, 0.7098);
        SoundEvent popAfter = pop(0.7050, 0.7400);
        assertThat(SoundEvent.audible(List.of(popInSnap, snap, popAfter))).containsExactly(snap, pop(0.7027, 0.7400));
    }

    @Test
    void invalidTimesAreRejectedWithTheValue() {
        assertThatThrownBy(() -> pop(0.5, 0.4)).hasMessageContaining("0.4");
        assertThatThrownBy(() -> pop(-1, 0.4)).hasMessageContaining("-1");
    }
}
