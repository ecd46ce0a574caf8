package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcrack.assess.answers.Answers;
import org.backcrack.assess.knowledge.Finding;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {
    private final KnowledgeBase kb = KnowledgeLoader.builtIn();
    private final Questionnaire q = new Questionnaire(kb);

    /** Asks everything, answering with the given answers where they exist; returns the order asked. */
    private List<String> walk(Answers given) {
        List<String> order = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        Answers so = Answers.empty();
        for (var next = q.next(so, asked); next.isPresent(); next = q.next(so, asked)) {
            Finding f = next.get();
            asked.add(f.id());
            order.add(f.id());
            if (given.isAnswered(f.id())) {
                so = so.with(f.id(), given.get(f.id()));
            }
        }
        return order;
    }

    @Test
    void nothingAnswered_asksEveryPersonQuestion_redFlagsBeforeTheSound_neverRecordingFindings() {
        List<String> order = walk(Answers.empty());
        List<String> expected = kb.findings().values().stream().filter(f -> !f.fromRecording()).map(Finding::id).toList();
        assertThat(order).containsExactlyElementsOf(expected);
        assertThat(order.indexOf("saddle_numbness")).isLessThan(order.indexOf("sound"));
        assertThat(order).noneMatch(id -> id.startsWith("recording_"));
    }

    @Test
    void anEarlierNo_skipsItsFollowUps() {
        List<String> order = walk(Answers.of(Map.of("weakness", false, "region", "lower_back", "pain", "none")));
        assertThat(order).doesNotContain("progressive_weakness", "dizziness_or_visual_disturbance", "pain_score",
                "pain_weeks", "night_pain");
        List<String> neck = walk(Answers.of(Map.of("weakness", true, "region", "neck", "pain", "persistent")));
        assertThat(neck).contains("progressive_weakness", "dizziness_or_visual_disturbance", "pain_score");
    }
}
