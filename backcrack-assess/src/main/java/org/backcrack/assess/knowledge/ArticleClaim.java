package org.backcrack.assess.knowledge;

import java.util.List;

/**
 * One claim of the source article (see {@link ArticlePassage}) and the places that implement it: knowledge
 * entries ({@code mechanism:cavitation}, {@code rule:ces_saddle}, {@code advice:stretching},
 * {@code finding:tight_muscles}) and code ({@code code:org.backcrack.physics.joint.FacetJoint}).
 *
 * @param id            short id
 * @param paragraph     the article paragraph it is in
 * @param quote         verbatim words of the claim
 * @param implementedBy references to entries and classes
 */
public record ArticleClaim(String id, int paragraph, String quote, List<String> implementedBy) {
    public ArticleClaim {
        implementedBy = List.copyOf(implementedBy);
    }
}
