package org.backcrack.core;

import java.util.concurrent.CancellationException;

/**
 * Long loops (the analyzer's blocks, the physics' time steps) call {@link #check()} so that work past its
 * deadline stops when its thread is interrupted, instead of running on after nobody waits for it.
 */
public final class Cancellation {
    private Cancellation() {}

    /** Throws {@link CancellationException} when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled: the work ran past its deadline");
        }
    }
}
