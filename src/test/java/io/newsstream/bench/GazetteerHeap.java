package io.newsstream.bench;

import io.newsstream.tag.Gazetteer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Heap retained by one loaded bundled gazetteer: used heap after a full GC, before and after
 * building {@value #PER_ROUND} fresh gazetteers that stay reachable, divided by their number;
 * several rounds, after one warm-up load (classes, the shared default). Run with a stop-the-world
 * collector so {@code System.gc()} leaves only live objects:
 * {@code java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat cp.txt) io.newsstream.bench.GazetteerHeap}.
 */
public final class GazetteerHeap {
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 4;

    private GazetteerHeap() {
    }

    public static void main(final String[] args) {
        final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Gazetteer.loadDefault();
        for (int round = 1; round <= ROUNDS; round++) {
            final long before = usedAfterGc(memory);
            final List<Gazetteer> kept = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                kept.add(Gazetteer.builder().addDefaults().build());
            }
            final long after = usedAfterGc(memory);
            System.out.printf("round %d: %.1f MB per gazetteer (%d names)%n", round,
                    (after - before) / (double) PER_ROUND / (1024 * 1024), kept.get(0).nameCount());
            Reference.reachabilityFence(kept);
        }
    }

    private static long usedAfterGc(final MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
