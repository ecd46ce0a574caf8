package org.backcrack.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.backcrack.core.InputException;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;
import org.junit.jupiter.api.Test;

class AudacityLabelsTest {
    @Test
    void write_fourDecimals_tabSeparated_thenReadBack() throws IOException {
        List<SoundEvent> events = List.of(
                new SoundEvent(1.25, 1.25566, SoundClass.CAVITATION),
                new SoundEvent(2, 3.5, SoundClass.CREPITUS),
                new SoundEvent(4.00004, 4.1, SoundClass.SOFT_TISSUE_SNAP));
        StringWriter w = new StringWriter();
        AudacityLabels.write(events, w);
        assertThat(w.toString())
                .isEqualTo("1.2500\t1.2557\tcavitation\n2.0000\t3.5000\tcrepitus\n"
                        + "4.0000\t4.1000\tsoft_tissue_snap\n");
        assertThat(AudacityLabels.read(new StringReader(w.toString()), "l.txt"))
                .containsExactly(
                        new SoundEvent(1.25, 1.2557, SoundClass.CAVITATION),
                        new SoundEvent(2, 3.5, SoundClass.CREPITUS),
                        new SoundEvent(4.0, 4.1, SoundClass.SOFT_TISSUE_SNAP));
    }

    @Test
    void read_toleratesCrlfBlankLinesAndFrequencyLines() throws IOException {
        String text = "0.5\t0.6\tcavitation\r\n\\\t100\t2000\r\n\r\n1.0\t1.2\tcrepitus\r\n";
        assertThat(AudacityLabels.read(new StringReader(text), "l.txt")).hasSize(2);
        assertThat(AudacityLabels.readRaw(new StringReader("1\t2\tmy label with spaces\n"), "l.txt"))
                .containsExactly(new AudacityLabels.Label(1, 2, "my label with spaces"));
    }

    @Test
    void badLines_nameTheLineAndWhatIsAccepted() {
        assertThatThrownBy(() -> AudacityLabels.read(new StringReader("0.5\t0.6\tcavitation\nhello\n"), "l.txt"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.key()).isEqualTo("labels.bad_line");
                    assertThat(e.getMessage()).contains("l.txt line 2 is not a label line: 'hello'");
                });
        assertThatThrownBy(() -> AudacityLabels.read(new StringReader("2\t1\tcavitation\n"), "l.txt"))
                .hasMessageContaining("line 1: start 2 and end 1 must be seconds with 0 <= start <= end");
        assertThatThrownBy(() -> AudacityLabels.read(new StringReader("1\t2\tpop\n"), "l.txt"))
                .hasMessageContaining(
                        "label 'pop' is not a sound class; accepted: [cavitation, soft_tissue_snap, crepitus]");
    }

    @Test
    void readRaw_boundsWhatAFileCanCost_andSaysWhatIsWrong() throws IOException {
        // Exactly MAX_LABELS labels are read; one more is bad input, not gigabytes of memory.
        String line = "1.0000\t1.0050\tcavitation\n";
        assertThat(AudacityLabels.readRaw(new StringReader(line.repeat(AudacityLabels.MAX_LABELS)), "l.txt"))
                .hasSize(AudacityLabels.MAX_LABELS);
        assertThatThrownBy(() ->
                        AudacityLabels.readRaw(new StringReader(line.repeat(AudacityLabels.MAX_LABELS + 1)), "l.txt"))
                .isInstanceOf(InputException.class)
                .extracting(x -> ((InputException) x).key())
                .isEqualTo("labels.too_many");
        // A line longer than MAX_LINE (a file without line breaks) is not read into memory whole.
        assertThatThrownBy(() ->
                        AudacityLabels.readRaw(new StringReader("1".repeat(AudacityLabels.MAX_LINE + 1)), "l.txt"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 1 is longer than");
        // Bytes that are not UTF-8, read as a file is read (a decoder that reports them).
        byte[] binary = {(byte) 0xC3, (byte) 0x28, '\t', '1', '\n'};
        java.io.Reader decoding = new java.io.InputStreamReader(
                new java.io.ByteArrayInputStream(binary), java.nio.charset.StandardCharsets.UTF_8.newDecoder());
        assertThatThrownBy(() -> AudacityLabels.readRaw(decoding, "l.txt"))
                .isInstanceOf(InputException.class)
                .extracting(x -> ((InputException) x).key())
                .isEqualTo("labels.not_text");
        // Line ends: LF, CRLF and a lone CR (old Mac) all end a line.
        assertThat(AudacityLabels.readRaw(new StringReader("1\t2\ta\r\n3\t4\tb\r5\t6\tc"), "l.txt"))
                .extracting(AudacityLabels.Label::text)
                .containsExactly("a", "b", "c");
    }
}
