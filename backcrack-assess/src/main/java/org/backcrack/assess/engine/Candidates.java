package org.backcrack.assess.engine;

import java.util.ArrayList;
import java.util.List;
import org.backcrack.assess.condition.Condition;
import org.backcrack.assess.knowledge.Finding;

/** Answers worth trying for a finding against a condition: every choice, yes and no, its thresholds and ends. */
final class Candidates {
    private Candidates() {}

    static List<Object> of(Finding f, Condition condition) {
        List<Object> out = new ArrayList<>();
        switch (f.type()) {
            case BOOLEAN -> out.addAll(List.of(false, true));
            case CHOICE -> out.addAll(f.choiceValues());
            case INTEGER, NUMBER -> {
                for (Condition l : condition.leaves()) {
                    if (l instanceof Condition.Compare c && c.finding().equals(f.id())) {
                        for (double d : new double[] {c.threshold() - 1, c.threshold(), c.threshold() + 1}) {
                            if (d >= f.min() && d <= f.max()) {
                                out.add(d);
                            }
                        }
                    }
                }
                out.add(f.min());
                out.add(f.max());
            }
        }
        return out;
    }
}
