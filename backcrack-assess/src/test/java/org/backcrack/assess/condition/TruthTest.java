package org.backcrack.assess.condition;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TruthTest {
    @Test
    void kleeneTables() {
        assertThat(Truth.UNKNOWN.and(Truth.FALSE)).isEqualTo(Truth.FALSE);
        assertThat(Truth.UNKNOWN.and(Truth.TRUE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.or(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.UNKNOWN.or(Truth.FALSE)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.TRUE.and(Truth.TRUE)).isEqualTo(Truth.TRUE);
        assertThat(Truth.FALSE.or(Truth.FALSE)).isEqualTo(Truth.FALSE);
    }

    @Property
    void andOr_areCommutative(@ForAll Truth a, @ForAll Truth b) {
        assertThat(a.and(b)).isEqualTo(b.and(a));
        assertThat(a.or(b)).isEqualTo(b.or(a));
    }
}
