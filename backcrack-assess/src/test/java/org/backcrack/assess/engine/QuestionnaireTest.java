package org.backcrack.assess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcrack.assess.Answers;
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
    void aYesToAWarningSign_bringsItsQualifyingQuestionsNext() {
        // Bladder trouble answered yes first: the questions that decide the cauda equina rules come next,
        // before the rest of the red flags, so the person is asked rather than guessed about.
        Answers so = Answers.of(Map.of("bladder_or_bowel_change", true));
        Set<String> asked = new HashSet<>(Set.of("bladder_or_bowel_change"));
        List<String> next = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Finding f = q.next(so, asked).orElseThrow();
            next.add(f.id());
            asked.add(f.id());
        }
        assertThat(next).containsExactly("pain", "radiating_pain");
        // A yes to fever brings 'does it hurt?' first, then whether the person injects drugs or is immunosuppressed.
        Answers fever = Answers.of(Map.of("fever_or_unwell", true, "region", "lower_back", "age", 40));
        assertThat(q.next(fever, Set.of("fever_or_unwell", "region", "age"))
                        .orElseThrow()
                        .id())
                .isEqualTo("pain");
        // Without a yes, the order is the knowledge base's.
        assertThat(q.next(Answers.empty(), Set.of()).orElseThrow().id()).isEqualTo("region");
    }

    @Test
    void nothingAnswered_asksEveryPersonQuestion_redFlagsBeforeTheSound_neverRecordingFindings() {
        List<String> order = walk(Answers.empty());
        List<String> expected = kb.findings().values().stream()
                .filter(f -> !f.fromRecording())
                .map(Finding::id)
                .toList();
        assertThat(order).containsExactlyElementsOf(expected);
        assertThat(order.indexOf("saddle_numbness")).isLessThan(order.indexOf("sound"));
        assertThat(order).noneMatch(id -> id.startsWith("recording_"));
    }

    @Test
    void anEarlierNo_skipsItsFollowUps() {
        List<String> order = walk(Answers.of(Map.of("weakness", false, "region", "lower_back", "pain", "none")));
        assertThat(order)
                .doesNotContain("progressive_weakness", "pain_score", "pain_weeks", "pain_trend", "night_pain");
        // Neck-artery signs are asked whatever region was chosen (people crack neck and upper back together).
        assertThat(order).contains("dizziness_or_visual_disturbance");
        List<String> neck = walk(Answers.of(Map.of("weakness", true, "region", "neck", "pain", "persistent")));
        assertThat(neck).contains("progressive_weakness", "dizziness_or_visual_disturbance", "pain_score");
    }
}
