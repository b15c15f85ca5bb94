package app.hallway.leaders.ao;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A keyset read of one table split over a few threads: each thread pages through its own slice of the primary
 * keys and hands the pages over a small bounded queue to the calling thread, which consumes them one at a time.
 * Memory stays at a few pages; the consumer never runs concurrently with itself.
 *
 * @param <P> a page of rows
 */
final class ParallelPages<P extends ParallelPages.Page> {
    /** Pages waiting for the consumer, per reader. */
    private static final int QUEUED_PER_READER = 2;

    private final int readers;
    private final int after;
    private final int upTo;
    private final PageReader<P> reader;

    /**
     * @param after the keys read are greater than this
     * @param upTo and at most this
     */
    ParallelPages(int readers, int after, int upTo, PageReader<P> reader) {
        this.readers = readers;
        this.after = after;
        this.upTo = upTo;
        this.reader = reader;
    }

    /** Reads every page and hands each to {@code consumer} on the calling thread; rethrows a reader's failure. */
    void forEach(Consumer<P> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(readers * QUEUED_PER_READER);
        ExecutorService threads = Executors.newFixedThreadPool(readers, runnable -> {
            Thread thread = new Thread(runnable, "hallway-log-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long span = (long) upTo - after;
            for (int slice = 0; slice < readers; slice++) {
                int from = (int) (after + span * slice / readers);
                int to = (int) (after + span * (slice + 1) / readers);
                threads.execute(() -> read(from, to, queue));
            }
            int finished = 0;
            while (finished < readers) {
                Object next = queue.take();
                if (next == Done.INSTANCE) {
                    finished++;
                } else if (next instanceof Failure failure) {
                    throw failure.error instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure.error);
                } else {
                    @SuppressWarnings("unchecked")
                    P page = (P) next;
                    consumer.accept(page);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private void read(int from, int to, BlockingQueue<Object> queue) {
        try {
            int last = from;
            while (true) {
                P page = reader.read(last, to);
                if (page.size() > 0) {
                    queue.put(page);
                    last = page.lastId();
                }
                if (page.size() == 0 || last >= to || !page.full()) {
                    break;
                }
            }
            queue.put(Done.INSTANCE);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads the page of keys greater than {@code after} and at most {@code upTo}, in key order. */
    @FunctionalInterface
    interface PageReader<P> {
        P read(int after, int upTo);
    }

    /** What a page tells the reader that paged it. */
    interface Page {
        int size();

        int lastId();

        /** False for a page shorter than a full page: the slice has no more rows. */
        default boolean full() {
            return true;
        }
    }

    private enum Done { INSTANCE }

    private record Failure(Throwable error) {
    }
}
