package org.backcrack.assess.engine;

/**
 * A piece of advice chosen for this person.
 *
 * @param id       advice id in the knowledge base
 * @param category e.g. act_now, stretching, ergonomics
 * @param text     the advice
 */
public record AdviceItem(String id, String category, String text) {
}
