package org.backcrack.assess.engine;

/**
 * How one answer moved one mechanism: its likelihood ratio (weight &gt; 1 raises, &lt; 1 lowers).
 *
 * @param finding  the finding answered
 * @param value    the answer given (Boolean, Double or String)
 * @param weight   the likelihood ratio applied to the mechanism's odds
 * @param evidence id of the evidence entry
 * @param source   citation of the evidence, or "expert estimate: rationale"
 */
public record Contribution(String finding, Object value, double weight, String evidence, String source) {}
