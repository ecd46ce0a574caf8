package org.backcrack.assess.knowledge;

import java.util.List;
import java.util.Optional;
import org.backcrack.assess.condition.Condition;

/**
 * One question of the questionnaire, and the key of its answer.
 *
 * @param id       answer key, e.g. {@code saddle_numbness}
 * @param section  questionnaire section; the questionnaire asks sections in knowledge-base order
 * @param question the question as a person reads it
 * @param help     what the question means and why it is asked
 * @param type     the answer type
 * @param choices  allowed values of a choice finding (empty otherwise)
 * @param min      smallest allowed number (numeric findings), else null
 * @param max      largest allowed number (numeric findings), else null
 * @param unit     unit of a numeric answer, e.g. "years", else null
 * @param askIf    skip logic: the question is skipped only when this is FALSE (unknown still asks), or null
 */
public record Finding(
        String id,
        String section,
        String question,
        String help,
        FindingType type,
        List<Choice> choices,
        Double min,
        Double max,
        String unit,
        Condition askIf) {
    public Finding {
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    public List<String> choiceValues() {
        return choices.stream().map(Choice::value).toList();
    }

    /** Section of the findings that the acoustic analyzer fills in from a recording. */
    public static final String RECORDING_SECTION = "recording";

    /** True for findings measured from a recording, which the questionnaire never asks. */
    public boolean fromRecording() {
        return RECORDING_SECTION.equals(section);
    }

    public boolean numeric() {
        return type == FindingType.INTEGER || type == FindingType.NUMBER;
    }
}
