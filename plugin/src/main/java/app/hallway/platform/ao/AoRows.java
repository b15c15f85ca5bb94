package app.hallway.platform.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.java.ao.RawEntity;

/** What Active Objects stores do the same way: row locks, find-or-create races, and {@code IN} lists. */
public final class AoRows {
    /** Databases cap bound parameters (Oracle's {@code IN} list at 1,000); stay well below. */
    public static final int CHUNK = 500;
    private static final AtomicLong TOKENS = new AtomicLong(System.nanoTime());

    private AoRows() {
    }

    /**
     * Takes the entity's row lock for the rest of the transaction, portably: an {@code UPDATE} of its
     * lock column waits for any other transaction holding the row, on H2, PostgreSQL, MySQL, Oracle and SQL
     * Server alike (Active Objects has no {@code SELECT … FOR UPDATE}).
     */
    public static void lock(RawEntity<?> entity, java.util.function.LongConsumer lockColumn) {
        lockColumn.accept(TOKENS.incrementAndGet());
        entity.save();
    }

    /**
     * Finds a row or creates it. When another node creates the same row at the same moment the unique
     * constraint refuses ours; the row then exists, and the second look finds it.
     */
    public static <T> T findOrCreate(ActiveObjects ao, Supplier<T> find, Supplier<T> create) {
        T found = ao.executeInTransaction(find::get);
        if (found != null) {
            return found;
        }
        try {
            return ao.executeInTransaction(create::get);
        } catch (RuntimeException raced) {
            T second = ao.executeInTransaction(find::get);
            if (second == null) {
                throw raced;
            }
            return second;
        }
    }

    /** {@code "?,?,?"} for {@code n} parameters. */
    public static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
