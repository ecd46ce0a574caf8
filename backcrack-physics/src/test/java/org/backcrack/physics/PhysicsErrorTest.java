package org.backcrack.physics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PhysicsErrorTest {
    @Test
    void keys_areTheOnesClientsRelyOn_eachWithAMeaning() {
        assertThat(Arrays.stream(PhysicsError.values()).map(PhysicsError::key))
                .containsExactly("scenario.bad_json", "scenario.invalid", "simulate.too_costly");
        for (PhysicsError e : PhysicsError.values()) {
            assertThat(e.key()).matches("[a-z]+\\.[a-z_]+");
            assertThat(e.meaning()).isNotBlank();
        }
    }
}
