package app.hallway.leaders.ao;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A large read split into pieces (slices of a table's primary keys, days, archived months) that a few threads
 * read at once, handing their pages over a small bounded queue to the calling thread, which consumes them one
 * at a time. Memory stays at a few pages; the consumer never runs concurrently with itself.
 *
 * @param <P> a page of rows
 */
final class ParallelPages<P> {
    /** Pages waiting for the consumer, per reader. */
    private static final int QUEUED_PER_READER = 2;

    private final int readers;
    private final List<Piece<P>> pieces;

    /** The pieces are read in order, each by whichever reader is free. */
    ParallelPages(int readers, List<Piece<P>> pieces) {
        this.readers = Math.max(1, Math.min(readers, pieces.size()));
        this.pieces = List.copyOf(pieces);
    }

    /**
     * The keys greater than {@code after} and at most {@code upTo}, cut into one slice per reader, each read in
     * keyset pages.
     */
    static <P extends Page> ParallelPages<P> slices(int readers, int after, int upTo, PageReader<P> reader) {
        List<Piece<P>> slices = new ArrayList<>();
        long span = (long) upTo - after;
        for (int slice = 0; slice < readers; slice++) {
            slices.add(keyset((int) (after + span * slice / readers), (int) (after + span * (slice + 1) / readers), reader));
        }
        return new ParallelPages<>(readers, slices);
    }

    /** The keys greater than {@code after} and at most {@code upTo}, read in keyset pages. */
    static <P extends Page> Piece<P> keyset(int after, int upTo, PageReader<P> reader) {
        return pages -> {
            int last = after;
            while (true) {
                P page = reader.read(last, upTo);
                if (page.size() > 0) {
                    pages.accept(page);
                    last = page.lastId();
                }
                if (page.size() == 0 || last >= upTo || !page.full()) {
                    return;
                }
            }
        };
    }

    /** Reads every page and hands each to {@code consumer} on the calling thread; rethrows a reader's failure. */
    void forEach(Consumer<P> consumer) {
        if (pieces.isEmpty()) {
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(readers * QUEUED_PER_READER);
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(readers, runnable -> {
            Thread thread = new Thread(runnable, "hallway-log-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int reader = 0; reader < readers; reader++) {
                threads.execute(() -> read(next, queue));
            }
            int finished = 0;
            while (finished < readers) {
                Object page = queue.take();
                if (page == Done.INSTANCE) {
                    finished++;
                } else if (page instanceof Failure failure) {
                    throw failure.error instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure.error);
                } else {
                    @SuppressWarnings("unchecked")
                    P read = (P) page;
                    consumer.accept(read);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private void read(AtomicInteger next, BlockingQueue<Object> queue) {
        try {
            for (int piece = next.getAndIncrement(); piece < pieces.size(); piece = next.getAndIncrement()) {
                pieces.get(piece).read(page -> {
                    try {
                        queue.put(page);
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                        throw new Stopped();
                    }
                });
            }
            queue.put(Done.INSTANCE);
        } catch (InterruptedException | Stopped stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One piece of the read: hands its pages, in any number, to {@code pages}. */
    @FunctionalInterface
    interface Piece<P> {
        void read(Consumer<P> pages);
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

    /** The consumer has gone (it failed or was interrupted): the reader stops. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private enum Done { INSTANCE }

    private record Failure(Throwable error) {
    }
}
