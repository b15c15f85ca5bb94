package app.hallway.leaders.ao;

import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The archives of closed months ({@link MonthArchive}) in {@link RollupArchiveEntity} rows: base64 text in pieces
 * of {@value #PIECE_CHARS} characters, every database's unlimited text column holds that comfortably. A month's
 * pieces are replaced in one transaction, so a reader finds the old archive whole, the new one whole, or none.
 * Months are numbered from January 1970, as {@link #monthOf(int)} counts them.
 *
 * <p>An archive is made from rows read outside any transaction (a month's rows are too many for one), so an
 * erasure may delete some of them before the archive is written. Writing an archive and erasing therefore both
 * take the lock of one guard row ({@link ArchiveGuardEntity}) first, and the write counts the month's rows again
 * under it: they run one after the other on every node and database, and an archive is written only while its
 * month still has the rows it was made from.
 */
final class ArchivedMonths {
    /** A multiple of four characters: each piece decodes on its own to a multiple of three bytes. */
    static final int PIECE_CHARS = 512 * 1024;
    private static final int PIECE_BYTES = PIECE_CHARS / 4 * 3;
    /** The key of the guard row. */
    static final String GUARD = "rollup-archives";

    private final ActiveObjects ao;
    private final IntConsumer beforeWriting;

    ArchivedMonths(ActiveObjects ao) {
        this(ao, month -> { });
    }

    /** With {@code beforeWriting} told the month once the guard is held and its rows counted, for tests of races. */
    ArchivedMonths(ActiveObjects ao, IntConsumer beforeWriting) {
        this.ao = ao;
        this.beforeWriting = beforeWriting;
    }

    static int monthOf(int epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        return (day.getYear() - 1970) * 12 + day.getMonthValue() - 1;
    }

    static int firstDay(int month) {
        return (int) LocalDate.of(1970 + Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1).toEpochDay();
    }

    static int lastDay(int month) {
        return firstDay(month + 1) - 1;
    }

    /** What is stored for a month: {@code usable} when complete and in the current format. */
    record Stored(int month, int rollups, boolean usable) {
    }

    /** The archives stored for the months {@code from..to}, usable or not, without reading their contents. */
    Map<Integer, Stored> index(int from, int to) {
        Map<Integer, List<Piece>> pieces = new HashMap<>();
        ao.stream(RollupArchiveEntity.class, Query.select("ID, ARCHIVE_MONTH, CHUNK_NO, CHUNKS, FORMAT, ROLLUPS")
                        .where("ARCHIVE_MONTH >= ? AND ARCHIVE_MONTH <= ?", from, to),
                row -> pieces.computeIfAbsent(row.getArchiveMonth(), month -> new ArrayList<>()).add(Piece.of(row, null)));
        Map<Integer, Stored> stored = new HashMap<>();
        pieces.forEach((month, rows) -> stored.put(month, new Stored(month, rows.get(0).rollups(), complete(rows))));
        return stored;
    }

    /** Whether the pieces are 0..n-1 of n, each once, all written in the current format for the same rollups. */
    private static boolean complete(List<Piece> pieces) {
        Piece first = pieces.get(0);
        boolean[] seen = new boolean[Math.max(0, first.of())];
        for (Piece piece : pieces) {
            if (piece.format() != MonthArchive.FORMAT || piece.of() != seen.length || piece.rollups() != first.rollups()
                    || piece.number() < 0 || piece.number() >= seen.length || seen[piece.number()]) {
                return false;
            }
            seen[piece.number()] = true;
        }
        return pieces.size() == seen.length;
    }

    /** The deflated archive of {@code month} made from {@code rollups} rows, or null when it is no longer whole. */
    byte[] read(int month, int rollups) {
        List<Piece> pieces = new ArrayList<>();
        ao.stream(RollupArchiveEntity.class, Query.select("ID, CHUNK_NO, CHUNKS, FORMAT, ROLLUPS, PAYLOAD")
                .where("ARCHIVE_MONTH = ?", month).order("CHUNK_NO"), row -> pieces.add(Piece.of(row, row.getPayload())));
        if (pieces.isEmpty() || !complete(pieces) || pieces.get(0).rollups() != rollups) {
            return null;
        }
        ByteArrayOutputStream archive = new ByteArrayOutputStream(pieces.size() * PIECE_BYTES);
        Base64.Decoder base64 = Base64.getDecoder();
        for (Piece piece : pieces) {
            archive.writeBytes(base64.decode(piece.payload()));
        }
        return archive.toByteArray();
    }

    /** A row's values, copied while Active Objects hands it over. */
    private record Piece(int number, int of, int format, int rollups, String payload) {
        static Piece of(RollupArchiveEntity row, String payload) {
            return new Piece(row.getChunkNo(), row.getChunks(), row.getFormat(), row.getRollups(), payload);
        }
    }

    /**
     * Replaces the archive of {@code month} made from {@code rollups} rows, all its pieces in one transaction under
     * the guard, unless the month no longer has that many rows: some were deleted after the archive's were read
     * (an erasure), and the archive could show them again. Then nothing is written, and the next
     * {@code compactClosedMonths} archives the month from the rows it has.
     *
     * @return whether the archive was written
     */
    boolean replace(int month, int rollups, byte[] deflated) {
        List<String> payloads = base64Pieces(deflated);
        return guarded(() -> {
            if (rows(month) != rollups) {
                return false;
            }
            beforeWriting.accept(month);
            ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH = ?", month);
            for (int piece = 0; piece < payloads.size(); piece++) {
                ao.create(RollupArchiveEntity.class, new DBParam("ARCHIVE_MONTH", month), new DBParam("CHUNK_NO", piece),
                        new DBParam("CHUNKS", payloads.size()), new DBParam("FORMAT", MonthArchive.FORMAT),
                        new DBParam("ROLLUPS", rollups), new DBParam("PAYLOAD", payloads.get(piece)));
            }
            return true;
        });
    }

    /** Encoded before the transaction, which then holds the guard only as long as the writes take. */
    private static List<String> base64Pieces(byte[] deflated) {
        int pieces = Math.max(1, (deflated.length + PIECE_BYTES - 1) / PIECE_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        List<String> payloads = new ArrayList<>(pieces);
        for (int piece = 0; piece < pieces; piece++) {
            int from = piece * PIECE_BYTES;
            payloads.add(base64.encodeToString(Arrays.copyOfRange(deflated, from, Math.min(deflated.length, from + PIECE_BYTES))));
        }
        return payloads;
    }

    /**
     * Runs {@code work} in one transaction that first takes the guard row's lock, which it holds until it commits:
     * for the writes of an archive and for an erasure, which must not interleave.
     */
    <T> T guarded(Supplier<T> work) {
        int guard = AoRows.findOrCreate(ao, this::guardRow, () -> ao.create(ArchiveGuardEntity.class,
                new DBParam("GUARD_KEY", GUARD), new DBParam("WRITE_LOCK", 0L))).getID();
        return ao.executeInTransaction(() -> {
            ArchiveGuardEntity row = ao.get(ArchiveGuardEntity.class, guard);
            AoRows.lock(row, row::setWriteLock);
            return work.get();
        });
    }

    private ArchiveGuardEntity guardRow() {
        ArchiveGuardEntity[] found = ao.find(ArchiveGuardEntity.class, Query.select("ID").where("GUARD_KEY = ?", GUARD));
        return found.length == 0 ? null : found[0];
    }

    /** How many rollup rows the month has. */
    int rows(int month) {
        return ao.count(InteractionDayEntity.class, Query.select()
                .where("ROLLUP_DAY >= ? AND ROLLUP_DAY <= ?", firstDay(month), lastDay(month)));
    }

    void delete(int month) {
        ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH = ?", month);
    }

    /** Deletes the archives of the months before {@code month}. */
    void deleteBefore(int month) {
        ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH < ?", month);
    }

    /** Deletes the archives of every month outside {@code from..to}. */
    void deleteOutside(int from, int to) {
        ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH < ? OR ARCHIVE_MONTH > ?", from, to);
    }

    /** Deletes every archive; part of a larger transaction when the caller is in one. */
    void deleteAll() {
        ao.deleteWithSQL(RollupArchiveEntity.class, "ID > ?", 0);
    }
}
