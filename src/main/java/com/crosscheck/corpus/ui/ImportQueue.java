package com.crosscheck.corpus.ui;

import jakarta.annotation.PreDestroy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports started on screens off the request threads, two at a time for the whole server, so that reading a
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
        SecurityContext user = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContextHolder.setContext(user);
            try {
                task.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
