package com.crosscheck.corpus.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports started on screens off the request threads, two at a time for the whole server (a screen chains
 * its own files, so they are read in upload order), so that reading a
 * large batch (and extracting its claims, which follows each import) never freezes a screen. Each task runs as the
 * user who started it.
 */
@Component
class ImportQueue {

    private static final int THREADS = 2;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                var thread = new Thread(task, "article-import-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /** Runs {@code task} later, signed in as the user signed in now. */
    void submit(Runnable task) {
        executor.execute(asCurrentUser(task));
    }

    /** The threads of the queue, for tasks chained one after another ({@link #asCurrentUser} them first). */
    Executor executor() {
        return executor;
    }

    /** {@code task}, to be run on another thread as the user signed in now. */
    Runnable asCurrentUser(Runnable task) {
        SecurityContext user = SecurityContextHolder.getContext();
        return () -> {
            SecurityContextHolder.setContext(user);
            try {
                task.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
