package app.hallway.leaders.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The archives of closed months ({@link MonthArchive}) in {@link RollupArchiveEntity} rows: base64 text in pieces
 * of {@value #PIECE_CHARS} characters, every database's unlimited text column holds that comfortably. A month's
 * pieces are replaced in one transaction, so a reader finds the old archive whole, the new one whole, or none.
 * Months are numbered from January 1970, as {@link #monthOf(int)} counts them.
 */
final class ArchivedMonths {
    /** A multiple of four characters: each piece decodes on its own to a multiple of three bytes. */
    static final int PIECE_CHARS = 512 * 1024;
    private static final int PIECE_BYTES = PIECE_CHARS / 4 * 3;

    private final ActiveObjects ao;

    ArchivedMonths(ActiveObjects ao) {
        this.ao = ao;
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

    /** Replaces the archive of {@code month}, all its pieces in one transaction. */
    void replace(int month, int rollups, byte[] deflated) {
        int pieces = Math.max(1, (deflated.length + PIECE_BYTES - 1) / PIECE_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(RollupArchiveEntity.class, "ARCHIVE_MONTH = ?", month);
            for (int piece = 0; piece < pieces; piece++) {
                int from = piece * PIECE_BYTES;
                String payload = base64.encodeToString(Arrays.copyOfRange(deflated, from,
                        Math.min(deflated.length, from + PIECE_BYTES)));
                ao.create(RollupArchiveEntity.class, new DBParam("ARCHIVE_MONTH", month), new DBParam("CHUNK_NO", piece),
                        new DBParam("CHUNKS", pieces), new DBParam("FORMAT", MonthArchive.FORMAT),
                        new DBParam("ROLLUPS", rollups), new DBParam("PAYLOAD", payload));
            }
            return null;
        });
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
