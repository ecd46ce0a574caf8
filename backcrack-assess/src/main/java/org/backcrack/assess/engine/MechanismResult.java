package org.backcrack.assess.engine;

import java.util.List;
import org.backcrack.core.Mechanism;

/**
 * One mechanism's probability after the answers, and the answers that moved it.
 *
 * @param mechanism   the mechanism
 * @param name        its plain name
 * @param prior       probability before any answer
 * @param probability probability after the answers: prior odds &times; the likelihood ratios, as a probability
 * @param evidence    contributions, strongest effect first
 */
public record MechanismResult(
        Mechanism mechanism, String name, double prior, double probability, List<Contribution> evidence) {
    public MechanismResult {
        evidence = List.copyOf(evidence);
    }
}
