package org.backcrack.assess.knowledge;

import java.util.List;

/**
 * The knowledge file is invalid. Each problem names the entry and field, e.g.
 * {@code rules[ces_saddle].level: 'soonish' is not a triage level; accepted: emergency, urgent, soon, self_care}.
 */
public final class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems; // exceptions here are never serialized

    public KnowledgeException(List<String> problems) {
        super("the knowledge base is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
