package org.backcrack.assess.knowledge;

import java.util.Map;
import org.backcrack.assess.condition.Condition;
import org.backcrack.core.Mechanism;

/**
 * Likelihood ratios of one finding value for the mechanisms it bears on. When {@code when} holds, each
 * listed mechanism's odds are multiplied by its ratio; unlisted mechanisms are unaffected.
 *
 * @param id         stable id
 * @param finding    the single finding this evidence reads
 * @param when       condition over that finding (a value, a set of values or a numeric range)
 * @param ratios     likelihood ratio per mechanism, each &gt; 0
 * @param source     source id, or null for an expert estimate
 * @param rationale  why the ratio is what it is (required for expert estimates)
 * @param given      the context the ratio was measured in (e.g. people with back pain), or null; the
 *                   evidence applies only when this holds
 */
public record Evidence(
        String id,
        String finding,
        Condition when,
        Map<Mechanism, Double> ratios,
        String source,
        String rationale,
        Condition given) {
    public Evidence {
        ratios = Map.copyOf(ratios);
    }

    public boolean expertEstimate() {
        return source == null;
    }
}
