package org.backcrack.acoustics.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcrack.core.CoreError;
import org.backcrack.core.InputException;
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

    /**
     * Most reference–estimate pairs within each other's collars that one matching looks at. Real labels give
     * a few per event (a burst's pops within a train's 250 ms collar); labels piled up at one time give n × m,
     * which a hostile pair of 100 kB label files makes billions.
     */
    public static final int MAX_PAIRS = 2_000_000;
    /** Most steps (an edge looked at) one matching may take: a few seconds at most. */
    static final long MAX_STEPS = 200_000_000L;

    /**
     * Maximum one-to-one matching (Kuhn's augmenting paths, each reference in order, its candidates in the
     * estimates' order); returns [reference index, estimate index] pairs. Only estimates whose onsets lie
     * within the reference's onset collar are candidates, found by binary search; more than
     * {@link #MAX_PAIRS} candidates or {@link #MAX_STEPS} steps is bad input ({@code labels.too_dense}).
     */
    static List<int[]> match(List<SoundEvent> ref, List<SoundEvent> est, Collars collars) {
        Integer[] order = new Integer[est.size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(
                order, (a, b) -> Double.compare(est.get(a).onset(), est.get(b).onset()));
        double[] onsets = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            onsets[k] = est.get(order[k]).onset();
        }
        int[][] edges = new int[ref.size()][];
        long pairs = 0;
        for (int i = 0; i < ref.size(); i++) {
            SoundEvent r = ref.get(i);
            double reach =
                    (r.soundClass() == SoundClass.CREPITUS ? collars.trainOnsetCollar() : collars.onsetCollar()) + 1e-9;
            int lo = lowerBound(onsets, r.onset() - reach);
            int hi = lowerBound(onsets, Math.nextUp(r.onset() + reach));
            pairs += hi - lo;
            if (pairs > MAX_PAIRS) {
                throw tooDense("more than " + MAX_PAIRS + " pairs of reference and estimated labels have onsets"
                        + " within each other's collars");
            }
            int[] candidates = new int[hi - lo];
            int n = 0;
            for (int k = lo; k < hi; k++) {
                SoundEvent x = est.get(order[k]);
                if (collars.matches(r.soundClass(), r.onset(), r.offset(), x.onset(), x.offset())) {
                    candidates[n++] = order[k];
                }
            }
            edges[i] = Arrays.copyOf(candidates, n);
            Arrays.sort(edges[i]);
        }
        int[] estTo = new int[est.size()];
        Arrays.fill(estTo, -1);
        Search search = new Search(edges, est.size());
        for (int i = 0; i < ref.size(); i++) {
            search.augment(i, estTo);
        }
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < estTo.length; j++) {
            if (estTo[j] >= 0) {
                out.add(new int[] {estTo[j], j});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** The first index whose value is at least {@code v} (values sorted ascending). */
    private static int lowerBound(double[] values, double v) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Depth-first search for augmenting paths with an explicit stack (a recursion as deep as the path
     * overflowed the thread's stack on long chains of labels): the same search, in the same order, as the
     * recursive form. "Seen" is an estimate marked with the current search's number, so no array is cleared
     * per reference.
     */
    private static final class Search {
        private final int[][] edges;
        private final int[] seen;
        private final int[] node;
        private final int[] next;
        private final int[] via;
        private int search;
        private long steps;

        Search(int[][] edges, int estimates) {
            this.edges = edges;
            this.seen = new int[estimates];
            this.node = new int[edges.length + 1];
            this.next = new int[edges.length + 1];
            this.via = new int[edges.length + 1];
        }

        /** One augmenting path from reference {@code start}; whether it was found (estTo updated). */
        boolean augment(int start, int[] estTo) {
            search++;
            int top = 0;
            node[0] = start;
            next[0] = 0;
            while (top >= 0) {
                int i = node[top];
                if (next[top] == edges[i].length) {
                    top--;
                    continue;
                }
                int j = edges[i][next[top]++];
                if (++steps > MAX_STEPS) {
                    throw tooDense("matching the labels one to one took more than " + MAX_STEPS + " steps");
                }
                if (seen[j] == search) {
                    continue;
                }
                seen[j] = search;
                via[top] = j;
                if (estTo[j] < 0) {
                    for (int k = top; k >= 0; k--) {
                        estTo[via[k]] = node[k];
                    }
                    return true;
                }
                top++;
                node[top] = estTo[j];
                next[top] = 0;
            }
            return false;
        }
    }

    private static InputException tooDense(String what) {
        return new InputException(
                CoreError.LABELS_TOO_DENSE,
                null,
                "the labels are too dense to score: " + what + ". Each label should be one audible event"
                        + " (sounds of one class less than 5 ms apart are one event); remove duplicates.");
    }
}
