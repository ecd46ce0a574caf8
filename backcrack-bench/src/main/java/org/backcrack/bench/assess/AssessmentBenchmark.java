package org.backcrack.bench.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.backcrack.assess.Answers;
import org.backcrack.assess.answers.AnswersReader;
import org.backcrack.assess.engine.Assessment;
import org.backcrack.assess.engine.Assessor;
import org.backcrack.assess.knowledge.KnowledgeBase;
import org.backcrack.assess.knowledge.KnowledgeLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One assessment on one core: the engine alone (answers already validated), the whole path from JSON
 * text (parse, validate, assess), and, as the peer measured in the same run, Jackson merely parsing the
 * same JSON into a tree.
 *
 * <p>Run: {@code ./mvnw -q -B -pl backcrack-bench -am package -Dmaven.test.skip=true &&
 * java -jar backcrack-bench/target/benchmarks.jar AssessmentBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {
    /** A complete, realistic answers file: a 52-year-old with painful lower-back cracking and tingling. */
    static final String ANSWERS = """
            {"region": "lower_back", "age": 52, "pain": "with_crack", "saddle_numbness": false,
             "bladder_or_bowel_change": false, "radiating_pain": "one_leg", "numbness": false, "tingling": true,
             "weakness": false, "clumsy_hands_or_unsteady_walking": false, "speech_or_swallowing_difficulty": false,
             "sudden_severe_neck_or_head_pain": false, "fever_or_unwell": false, "unexplained_weight_loss": false,
             "cancer_history": false, "iv_drug_use_or_immunosuppression": false, "significant_trauma": false,
             "minor_trauma": false, "osteoporosis_or_steroids": false, "pain_score": 4, "pain_weeks": 3,
             "night_pain": false, "morning_stiffness_minutes": 10, "swelling_or_locking": false,
             "sound": "single_pop", "trigger": "twist", "repeats_every_movement": false,
             "can_repeat_immediately": false, "frequency": "daily", "relief_after": true,
             "hours_static_before": 3, "tight_muscles": true, "known_osteoarthritis": false, "sex": "female"}
            """;

    private final ObjectMapper mapper = new ObjectMapper();
    private Assessor assessor;
    private AnswersReader reader;
    private Answers answers;

    @Setup
    public void setUp() throws IOException {
        KnowledgeBase kb = KnowledgeLoader.builtIn();
        assessor = new Assessor(kb);
        reader = new AnswersReader(kb);
        answers = reader.read(mapper.readTree(ANSWERS));
    }

    @Benchmark
    public Assessment assess() {
        return assessor.assess(answers);
    }

    @Benchmark
    public Assessment parseValidateAssess() throws IOException {
        return assessor.assess(reader.read(mapper.readTree(ANSWERS)));
    }

    @Benchmark
    public JsonNode peerJacksonParseOnly() throws IOException {
        return mapper.readTree(ANSWERS);
    }
}
