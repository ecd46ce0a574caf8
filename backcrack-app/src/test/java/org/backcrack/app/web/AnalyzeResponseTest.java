package org.backcrack.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.junit.jupiter.api.Test;

class AnalyzeResponseTest {
    @Test
    void of_listsEventsInTimeOrder_andCountsEveryClass() {
        var json = AnalyzeResponse.of(
                2.5,
                48_000,
                List.of(
                        new SoundEvent(1.25, 1.5, SoundClass.CREPITUS),
                        new SoundEvent(0.5, 0.51, SoundClass.CAVITATION)));

        assertThat(json.toString())
                .isEqualTo("{\"duration\":2.5,\"sample_rate\":48000,\"events\":["
                        + "{\"onset\":0.5,\"offset\":0.51,\"class\":\"cavitation\"},"
                        + "{\"onset\":1.25,\"offset\":1.5,\"class\":\"crepitus\"}],"
                        + "\"counts\":{\"cavitation\":1,\"soft_tissue_snap\":0,\"crepitus\":1}}");
    }
}
