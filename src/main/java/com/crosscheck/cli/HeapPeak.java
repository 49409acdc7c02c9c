package com.crosscheck.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak heap use of a measured stretch of a benchmark. */
final class HeapPeak {

    private HeapPeak() {
    }

    /** Collects garbage and starts counting the peak afresh. */
    static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The peak heap use since {@link #reset()}, in megabytes. */
    static long megabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum() >> 20;
    }
}
