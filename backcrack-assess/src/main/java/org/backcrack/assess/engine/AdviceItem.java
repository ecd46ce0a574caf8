package org.backcrack.assess.engine;

import org.backcrack.assess.knowledge.AdviceCategory;

/**
 * A piece of advice chosen for this person.
 *
 * @param id       advice id in the knowledge base
 * @param category what kind of advice it is
 * @param text     the advice
 */
public record AdviceItem(String id, AdviceCategory category, String text) {}
