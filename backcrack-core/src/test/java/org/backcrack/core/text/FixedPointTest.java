package org.backcrack.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FixedPointTest {
    private static String expected(double v, int width, int decimals) {
        return String.format(Locale.ROOT, "%" + (width > 0 ? width : "") + "." + decimals + "f", v);
    }

    private static String actual(double v, int width, int decimals) {
        return FixedPoint.append(new StringBuilder(), v, width, decimals).toString();
    }

    @Property(tries = 20_000)
    void writesWhatFormatterWrites(
            @ForAll("numbers") double v,
            @ForAll @IntRange(max = 12) int width,
            @ForAll @IntRange(max = 9) int decimals) {
        assertThat(actual(v, width, decimals)).isEqualTo(expected(v, width, decimals));
    }

    /** Numbers at and next to a half of the last decimal, where rounding the double and its digits could part. */
    @Property(tries = 20_000)
    void writesTiesAndTheirNeighboursAsFormatterDoes(
            @ForAll @IntRange(min = -2_000_000, max = 2_000_000) int units,
            @ForAll @IntRange(max = 6) int decimals,
            @ForAll @IntRange(min = -3, max = 3) int ulps) {
        double v = (units + 0.5) / Math.pow(10, decimals);
        for (int i = 0; i < Math.abs(ulps); i++) {
            v = ulps > 0 ? Math.nextUp(v) : Math.nextDown(v);
        }
        assertThat(actual(v, 9, decimals)).isEqualTo(expected(v, 9, decimals));
    }

    @Test
    void writesTheSpecialCasesAsFormatterDoes() {
        double[] special = {
            0.0,
            -0.0,
            -1e-9,
            1e-300,
            -0.00004,
            0.00005,
            0.00015,
            2.5,
            -2.5,
            0.125,
            1e11,
            9.99995e11,
            1e12,
            1e300,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_VALUE,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            3593.99995,
            12345.67891
        };
        for (double v : special) {
            for (int decimals = 0; decimals <= 9; decimals++) {
                for (int width : new int[] {0, 5, 9, 30}) {
                    assertThat(actual(v, width, decimals))
                            .as("%s, width %d, %d decimals", v, width, decimals)
                            .isEqualTo(expected(v, width, decimals));
                }
            }
        }
        assertThat(FixedPoint.of(1.23456, 4)).isEqualTo("1.2346");
        assertThat(FixedPoint.of(-0.00001, 4)).isEqualTo("-0.0000");
    }

    @Test
    void refusesDecimalsItCannotScale() {
        assertThatThrownBy(() -> FixedPoint.of(1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedPoint.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-4000, 4000).ofScale(8),
                Arbitraries.doubles().between(-1e-3, 1e-3).ofScale(12),
                Arbitraries.doubles().between(-1e13, 1e13).ofScale(3),
                Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 1e4),
                Arbitraries.longs().map(Double::longBitsToDouble));
    }
}
