package org.backcrack.app.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcrack.app.AppError;

/**
 * The heavy endpoints (analyze, simulate) run here, not on the request threads: at most one job per core but
 * one at a time and a short queue, so a flood of them is answered {@code 503} with {@code Retry-After} at once while
 * ping, pages, assess and the journal keep their threads. Each job has a deadline; past it the request gets a
 * 503 and the job's thread is interrupted, which the analyzer and the physics check
 * ({@link org.backcrack.core.Cancellation}), so abandoned work stops.
 */
final class HeavyWork implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Duration deadline;

    HeavyWork(int workers, int queue, Duration deadline) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                workers,
                workers,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "backcrack-heavy-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.deadline = deadline;
    }

    /**
     * One worker per core but one (at least one): a core stays free for the cheap requests. Measured on two
     * cores: with a worker on each, ping's p99 under a simulation flood was 32 ms with stalls past 2 s.
     */
    static HeavyWork standard() {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        return new HeavyWork(workers, 2 * workers, Duration.ofSeconds(30));
    }

    <T> T run(Callable<T> work) throws Exception {
        Future<T> f;
        try {
            f = pool.submit(work);
        } catch (RejectedExecutionException e) {
            throw new HttpProblem(
                            AppError.SERVER_BUSY,
                            null,
                            "the server is busy with other heavy requests (analysis, "
                                    + "simulation, password checks); try again in a few seconds.")
                    .withHeader("Retry-After", "2");
        }
        try {
            return f.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            f.cancel(true);
            throw new HttpProblem(
                            AppError.SERVER_DEADLINE,
                            null,
                            "the work took longer than " + deadline.toSeconds()
                                    + " s and was stopped; send a shorter recording or a smaller scenario.")
                    .withHeader("Retry-After", "5");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new HttpProblem(AppError.SERVER_STOPPING, null, "the server is stopping.");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            throw (Error) c;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
