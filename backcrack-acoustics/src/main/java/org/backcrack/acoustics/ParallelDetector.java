package org.backcrack.acoustics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backcrack.acoustics.detect.Detection;
import org.backcrack.acoustics.detect.TransientDetector;
import org.backcrack.core.Cancellation;

/**
 * The detection of one long recording on several threads, with exactly the result of one detector reading it
 * from start to end.
 *
 * <p>The recording is cut into parts. Each part but the first is read by its own detector from
 * {@link #WARM_UP_SECONDS} before its boundary, long enough for the filters to forget where they started and
 * for the noise floor to meet the floor a detector reading from the start would have; at points
 * {@link #CHECKPOINT_SECONDS} apart for {@link #CHECKPOINT_WINDOW_SECONDS} from its boundary on, it records its
 * whole state. The detector of the part before reads past the boundary, and at each of those points compares its
 * own state with the recorded one, to the bit; at the first that is the same, it stops, since from there the
 * later detector does exactly what it would do, and the two detections are joined there
 * ({@link Detection#followedBy}). A part whose state never becomes the same is not trusted: the detector
 * before it reads on through it, to the next part's points or to the end. So the parts can only make the work
 * faster, never change what is found.
 *
 * <p>The states meet within seconds in ordinary recordings (the filters forget in under a second, the floor's
 * steps shrink any difference), but not across a stuck frame — digital silence or a clipped millisecond outside
 * an event — since the noise floor's blocks leave it out and every block after it shifts by a frame
 * ({@link TransientDetector#blockPhase}). When the first part's blocks shift before it has reached the next part
 * (digital silence at the start of a recording), it starts the later parts again with their blocks shifted as
 * its own are, once the shift has held for {@link #SHIFT_HELD_SECONDS} (at most {@link #MAX_RESTARTS} times).
 * Otherwise a detector whose blocks have shifted stops looking for a later part to join and reads to the end,
 * and the later parts nobody can join any more stop: such a recording takes about as long as on one thread.
 */
final class ParallelDetector {
    /** How long before its boundary a part's detector starts, s. */
    static final double WARM_UP_SECONDS = 30;
    /** Apart, the points at which a part's state is recorded, s. */
    static final double CHECKPOINT_SECONDS = 0.1;
    /** How long after its boundary a part's state is recorded, s. */
    static final double CHECKPOINT_WINDOW_SECONDS = 60;
    /** Shortest part, s: twice its warm-up and its points (shorter ones would spend most of their work on them). */
    static final double MIN_PART_SECONDS = 180;
    /** Most parts, whatever the processors. */
    static final int MAX_PARTS = 8;
    /** Most times the later parts are started again with shifted blocks. */
    static final int MAX_RESTARTS = 3;
    /** How long the first part's shifted blocks must keep their shift before the later parts start again, s. */
    static final double SHIFT_HELD_SECONDS = 1;

    private static final int BLOCK = 8192;

    /** Opens the recording's mono samples from sample {@code from} on. */
    @FunctionalInterface
    interface SourceAt {
        BlockSource open(long from) throws IOException;
    }

    private ParallelDetector() {}

    /** Parts worth cutting a recording of this many samples into with this many processors (1: don't). */
    static int parts(long samples, int sampleRate, int processors) {
        if (samples <= 0) {
            return 1;
        }
        long byLength = samples / (long) Math.ceil(MIN_PART_SECONDS * sampleRate);
        return (int) Math.max(1, Math.min(Math.min(processors, MAX_PARTS), byLength));
    }

    /** Detects over {@code samples} samples (what the header says) in {@code parts} parts, as one detector would. */
    static Detection detect(
            SourceAt source, long samples, int sampleRate, TransientDetector.Settings settings, int parts)
            throws IOException {
        return detect(source, sampleRate, settings, plan(samples, sampleRate, parts));
    }

    /** Detects in these parts ({@link #plan}); afterwards each part says whom it joined. */
    static Detection detect(SourceAt source, int sampleRate, TransientDetector.Settings settings, Part[] all)
            throws IOException {
        if (all.length == 1) {
            return detect(source, sampleRate, settings, all[0], all, null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(all.length - 1, r -> {
            Thread t = new Thread(r, "backcrack-detect");
            t.setDaemon(true);
            return t;
        });
        List<Future<Detection>> work = new ArrayList<>();
        int[] restarts = {0};
        Restart restart = phase -> {
            if (restarts[0]++ == MAX_RESTARTS) {
                return false;
            }
            for (Future<Detection> f : work) {
                f.cancel(true);
            }
            work.clear();
            // Every part replaced before any is started, so that each sees the others' replacements.
            for (int k = 1; k < all.length; k++) {
                all[k] = all[k].shiftedBy(phase);
            }
            submit(pool, work, source, sampleRate, settings, all);
            return true;
        };
        try {
            submit(pool, work, source, sampleRate, settings, all);
            Detection first = detect(source, sampleRate, settings, all[0], all, restart);
            // Follow the parts each joined, then join them from the last.
            List<Part> chain = new ArrayList<>(List.of(all[0]));
            List<Detection> found = new ArrayList<>(List.of(first));
            while (chain.get(chain.size() - 1).joinedAt != null) {
                Part next = all[chain.get(chain.size() - 1).joinedWith];
                found.add(await(work.get(next.index - 1)));
                if (next.stopped) {
                    throw new IllegalStateException("part " + next.index + " was joined but stopped early");
                }
                chain.add(next);
            }
            Detection d = found.get(found.size() - 1);
            for (int i = chain.size() - 2; i >= 0; i--) {
                d = found.get(i).followedBy(d, chain.get(i).joinedAt);
            }
            return d;
        } finally {
            for (Future<Detection> f : work) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static void submit(
            ExecutorService pool,
            List<Future<Detection>> work,
            SourceAt source,
            int sampleRate,
            TransientDetector.Settings settings,
            Part[] all) {
        for (int k = 1; k < all.length; k++) {
            Part p = all[k];
            work.add(pool.submit(() -> detect(source, sampleRate, settings, p, all, null)));
        }
    }

    /** Starts the later parts again with their blocks shifted by {@code phase}; false when it may not. */
    @FunctionalInterface
    private interface Restart {
        boolean to(int phase);
    }

    /** The serial detection of a stream. */
    static Detection detect(BlockSource source, int sampleRate, TransientDetector.Settings settings)
            throws IOException {
        return detect(from -> source, sampleRate, settings, new Part(0, 0, new long[0], 0), new Part[0], null);
    }

    /**
     * Parts of equal work: the first reads {@code L} samples, each later one its warm-up and {@code L -
     * warm-up} of its own, so {@code L = (samples + (parts - 1)·warm-up) / parts}.
     */
    static Part[] plan(long samples, int sampleRate, int parts) {
        long align = TransientDetector.alignment(sampleRate);
        long warm = align * (long) Math.ceil(WARM_UP_SECONDS * sampleRate / align);
        long step = align * (long) Math.ceil(CHECKPOINT_SECONDS * sampleRate / align);
        // Each part's own samples hold its points with room to spare.
        int points = (int) Math.ceil(CHECKPOINT_WINDOW_SECONDS * sampleRate / step);
        if (parts < 2 || samples < parts * (warm + points * step) * 2) {
            return new Part[] {new Part(0, 0, new long[0], 0)};
        }
        long length = (samples + (parts - 1) * warm) / parts;
        Part[] all = new Part[parts];
        all[0] = new Part(0, 0, new long[0], 0);
        for (int k = 1; k < parts; k++) {
            long boundary = (k * length - (k - 1) * warm) / align * align;
            long[] at = new long[points];
            for (int j = 0; j < points; j++) {
                at[j] = boundary + j * step;
            }
            all[k] = new Part(k, boundary - warm, at, 0);
        }
        return all;
    }

    /**
     * Reads part {@code p} until it joins a later part or the stream ends. Its points are always settled, so
     * that an earlier part waiting for them never waits for ever: with its state, with null where it had none or
     * never got there, or with this part's failure.
     */
    private static Detection detect(
            SourceAt at, int sampleRate, TransientDetector.Settings settings, Part p, Part[] all, Restart restart)
            throws IOException {
        TransientDetector d = p.start == 0
                ? new TransientDetector(sampleRate, settings)
                : TransientDetector.startingAt(sampleRate, settings, p.start, p.phase);
        float[] block = new float[BLOCK];
        int own = 0;
        int target = p.index + 1;
        p.target = target;
        int point = 0;
        // Where the filters were first found the same as the target part's, or -1.
        long filtersSince = -1;
        // Whether the blocks were in place at any of this part's own points.
        boolean inPlace = false;
        // The blocks' latest shift, and since when it has held.
        int shift = p.phase;
        long shiftSince = -1;
        try {
            BlockSource source = at.open(p.start);
            while (true) {
                Cancellation.check();
                if (p.unneeded) {
                    // Nobody can join this part any more: its work would be thrown away.
                    p.stopped = true;
                    break;
                }
                long next = Long.MAX_VALUE;
                if (own < p.points.length) {
                    next = p.points[own];
                }
                if (target < all.length) {
                    next = Math.min(next, all[target].points[point]);
                }
                long want = Math.min(BLOCK, next - d.position());
                float[] buffer = want == BLOCK ? block : new float[(int) want];
                int n = source.read(buffer);
                if (n <= 0) {
                    break;
                }
                d.accept(buffer, n);
                if (target < all.length && d.blockPhase() != all[target].phase) {
                    // Blocks shifted by stuck frames: no later part started as they were can be the same. The
                    // first part starts them again shifted as its blocks are, once the shift has held for a
                    // while (a stretch of digital silence shifts them frame by frame), if it has not reached
                    // them yet; any other part, or one too late, reads on to the end.
                    if (d.blockPhase() != shift) {
                        shift = d.blockPhase();
                        shiftSince = d.position();
                    }
                    boolean early = point == 0 && d.position() < all[target].points[0];
                    boolean held = d.position() - shiftSince >= sampleRate * SHIFT_HELD_SECONDS;
                    if (restart == null || !early || (held && !restart.to(shift))) {
                        target = all.length;
                        p.target = target;
                        prune(all);
                    }
                }
                if (own < p.points.length && d.position() == p.points[own]) {
                    inPlace |= d.blockPhase() == p.phase;
                    p.checkpoints.get(own++).complete(d.checkpoint());
                    if (own == p.points.length && !inPlace) {
                        // Shifted at every point: no part before can join this one.
                        p.unneeded = true;
                    }
                }
                if (target < all.length && d.position() == all[target].points[point]) {
                    TransientDetector.Checkpoint theirs = await(all[target].checkpoints.get(point));
                    if (theirs != null && filtersSince < 0 && d.sameFiltersAs(theirs)) {
                        filtersSince = d.position();
                    }
                    if (theirs != null && d.sameFutureAs(theirs, filtersSince)) {
                        p.joinedWith = target;
                        p.joinedAt = theirs;
                        p.joinedAtSample = d.position();
                        prune(all);
                        break;
                    }
                    if (++point == all[target].points.length) {
                        target++;
                        point = 0;
                        filtersSince = -1;
                        p.target = target;
                        prune(all);
                    }
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            for (CompletableFuture<TransientDetector.Checkpoint> c : p.checkpoints) {
                c.completeExceptionally(e);
            }
            throw e;
        }
        // Points not reached (the stream ended first) are no points.
        for (CompletableFuture<TransientDetector.Checkpoint> c : p.checkpoints) {
            c.complete(null);
        }
        return d.detection();
    }

    /**
     * Stops the parts nobody can join any more: those between the last part of the chain so far (part 0 and the
     * parts each joined) and the part that one is trying to join now, which it has passed. Parts only join later
     * parts, so no part of the chain to come is among them.
     */
    private static void prune(Part[] all) {
        int head = 0;
        while (all[head].joinedWith >= 0) {
            head = all[head].joinedWith;
        }
        for (int m = head + 1; m < Math.min(all[head].target, all.length); m++) {
            all[m].unneeded = true;
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled: the work ran past its deadline");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** One part: where its detector starts, the points where it records its state, and whom it joined. */
    static final class Part {
        /** The same part, to be read again with its blocks shifted by {@code phase}. */
        Part shiftedBy(int phase) {
            return new Part(index, start, points, phase);
        }

        final int index;
        final long start;
        final long[] points;
        /** The shift of its detector's floor blocks ({@link TransientDetector#blockPhase}) at its start. */
        final int phase;

        final List<CompletableFuture<TransientDetector.Checkpoint>> checkpoints = new ArrayList<>();
        /** The later part whose detection this one's continues with, or -1 (it read to the end). */
        volatile int joinedWith = -1;
        /** The later part's state where they joined. */
        volatile TransientDetector.Checkpoint joinedAt;
        /** Where they joined, in samples from the stream's start. */
        volatile long joinedAtSample = -1;
        /** The later part it is trying to join (all.length: none left). */
        volatile int target;
        /** Set when no part can join this one any more ({@link #prune}). */
        volatile boolean unneeded;
        /** Whether it stopped for that, before the end of the stream. */
        volatile boolean stopped;

        Part(int index, long start, long[] points, int phase) {
            this.index = index;
            this.start = start;
            this.points = points;
            this.phase = phase;
            for (int j = 0; j < points.length; j++) {
                checkpoints.add(new CompletableFuture<>());
            }
        }
    }
}
