package org.backcrack.acoustics.evaluate;

/**
 * Counts and the scores they give.
 *
 * @param truePositives  matched events
 * @param falsePositives estimated events with no match
 * @param falseNegatives reference events with no match
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {
    public Scores {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts are >= 0");
        }
    }

    /** TP / (TP + FP); 1 when nothing was estimated and nothing was there, 0 when only false alarms. */
    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? (falseNegatives == 0 ? 1 : 0) : truePositives / (double) d;
    }

    /** TP / (TP + FN); 1 when there was nothing to find. */
    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? (falsePositives == 0 ? 1 : 0) : truePositives / (double) d;
    }

    public double f1() {
        int d = 2 * truePositives + falsePositives + falseNegatives;
        return d == 0 ? 1 : 2 * truePositives / (double) d;
    }

    public Scores plus(Scores o) {
        return new Scores(
                truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    public static Scores zero() {
        return new Scores(0, 0, 0);
    }
}
