package org.backcrack.acoustics.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcrack.core.SoundClass;
import org.backcrack.core.SoundEvent;

/**
 * Event-based evaluation as in DCASE and sed_eval (Mesaros, Heittola and Virtanen 2016, "Metrics for
 * polyphonic sound event detection", Appl. Sci. 6:162): reference and estimated events of the same class are
 * matched one to one within the {@link Collars}, choosing the largest possible set of matches (maximum
 * bipartite matching), then precision, recall and F1 per class and overall (micro-averaged).
 *
 * <p>The confusion matrix comes from a second, class-blind matching: each reference event is paired with at
 * most one estimate whose times fit the reference's collar, whatever its class, so a pop heard as a snap
 * shows as a confusion rather than as a miss plus a false alarm.
 */
public final class EventEvaluation {
    /** Row/column label for "no event" in the confusion matrix. */
    public static final String NONE = "none";

    private final Map<SoundClass, Scores> perClass;
    private final Map<String, Map<String, Integer>> confusion;
    private final Scores classAgnostic;

    private EventEvaluation(
            Map<SoundClass, Scores> perClass, Map<String, Map<String, Integer>> confusion, Scores classAgnostic) {
        this.perClass = perClass;
        this.confusion = confusion;
        this.classAgnostic = classAgnostic;
    }

    public static EventEvaluation of(List<SoundEvent> reference, List<SoundEvent> estimate, Collars collars) {
        Map<SoundClass, Scores> per = new EnumMap<>(SoundClass.class);
        for (SoundClass c : SoundClass.values()) {
            List<SoundEvent> ref =
                    reference.stream().filter(e -> e.soundClass() == c).toList();
            List<SoundEvent> est =
                    estimate.stream().filter(e -> e.soundClass() == c).toList();
            int tp = match(ref, est, collars).size();
            per.put(c, new Scores(tp, est.size() - tp, ref.size() - tp));
        }
        Map<String, Map<String, Integer>> conf = new java.util.LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (SoundClass c : SoundClass.values()) {
            labels.add(c.id());
        }
        labels.add(NONE);
        for (String r : labels) {
            Map<String, Integer> row = new java.util.LinkedHashMap<>();
            labels.forEach(e -> row.put(e, 0));
            conf.put(r, row);
        }
        List<int[]> pairs = match(reference, estimate, collars);
        boolean[] refMatched = new boolean[reference.size()];
        boolean[] estMatched = new boolean[estimate.size()];
        for (int[] p : pairs) {
            refMatched[p[0]] = true;
            estMatched[p[1]] = true;
            conf.get(reference.get(p[0]).soundClass().id())
                    .merge(estimate.get(p[1]).soundClass().id(), 1, Integer::sum);
        }
        for (int i = 0; i < reference.size(); i++) {
            if (!refMatched[i]) {
                conf.get(reference.get(i).soundClass().id()).merge(NONE, 1, Integer::sum);
            }
        }
        for (int j = 0; j < estimate.size(); j++) {
            if (!estMatched[j]) {
                conf.get(NONE).merge(estimate.get(j).soundClass().id(), 1, Integer::sum);
            }
        }
        Scores agnostic = new Scores(pairs.size(), estimate.size() - pairs.size(), reference.size() - pairs.size());
        return new EventEvaluation(Collections.unmodifiableMap(per), conf, agnostic);
    }

    /** Sums evaluations of several recordings (counts add, then scores are recomputed). */
    public static EventEvaluation sum(List<EventEvaluation> parts) {
        Map<SoundClass, Scores> per = new EnumMap<>(SoundClass.class);
        for (SoundClass c : SoundClass.values()) {
            per.put(c, parts.stream().map(p -> p.perClass.get(c)).reduce(Scores.zero(), Scores::plus));
        }
        Map<String, Map<String, Integer>> conf = new java.util.LinkedHashMap<>();
        for (EventEvaluation p : parts) {
            p.confusion.forEach((r, row) ->
                    row.forEach((e, n) -> conf.computeIfAbsent(r, k -> new java.util.LinkedHashMap<>())
                            .merge(e, n, Integer::sum)));
        }
        Scores agnostic = parts.stream().map(p -> p.classAgnostic).reduce(Scores.zero(), Scores::plus);
        return new EventEvaluation(Collections.unmodifiableMap(per), conf, agnostic);
    }

    public Scores scores(SoundClass c) {
        return perClass.get(c);
    }

    /** Micro-averaged over the classes. */
    public Scores overall() {
        return perClass.values().stream().reduce(Scores.zero(), Scores::plus);
    }

    /** Detection regardless of class: onsets matched with the reference class's collar. */
    public Scores classAgnostic() {
        return classAgnostic;
    }

    /** reference class (or none) to estimated class (or none) to count. */
    public Map<String, Map<String, Integer>> confusion() {
        return confusion;
    }

    /** Maximum one-to-one matching (Kuhn's augmenting paths); returns [reference index, estimate index] pairs. */
    static List<int[]> match(List<SoundEvent> ref, List<SoundEvent> est, Collars collars) {
        List<List<Integer>> edges = new ArrayList<>();
        for (SoundEvent r : ref) {
            List<Integer> e = new ArrayList<>();
            for (int j = 0; j < est.size(); j++) {
                SoundEvent x = est.get(j);
                if (collars.matches(r.soundClass(), r.onset(), r.offset(), x.onset(), x.offset())) {
                    e.add(j);
                }
            }
            edges.add(e);
        }
        int[] estTo = new int[est.size()];
        Arrays.fill(estTo, -1);
        for (int i = 0; i < ref.size(); i++) {
            augment(i, edges, estTo, new boolean[est.size()]);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < estTo.length; j++) {
            if (estTo[j] >= 0) {
                pairs.add(new int[] {estTo[j], j});
            }
        }
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        return pairs;
    }

    private static boolean augment(int i, List<List<Integer>> edges, int[] estTo, boolean[] seen) {
        for (int j : edges.get(i)) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (estTo[j] < 0 || augment(estTo[j], edges, estTo, seen)) {
                estTo[j] = i;
                return true;
            }
        }
        return false;
    }
}
