package app.hallway.leaders.ao;

import app.hallway.admin.Settings;
import app.hallway.leaders.ExpiredInteractions;
import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.Interactions;
import app.hallway.leaders.LeaderSettings;
import app.hallway.platform.Time;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * The interaction log in Active Objects: a daily rollup row per (actor, target, type, UTC day) whose count an
 * interaction increments under the row's lock (exact under concurrency, on every node), and the raw event,
 * kept for {@link LeaderSettings#rawRetentionDays()} days (0 keeps none). The report reads the log through
 * {@link AoInteractionHistory}. Expired events and
 * rollups are deleted by the scheduled retention job ({@code PruneInteractionLog}), not on the write path: a
 * purge may be large, and an interaction is recorded in the thread of someone saving a page. Self-interactions
 * are ignored.
 */
@Named
public final class AoInteractions implements Interactions, ExpiredInteractions {
    /** Rows one delete statement removes at most, each in a transaction of its own. */
    static final int DELETE_CHUNK = 10_000;

    private final ActiveObjects ao;
    private final Settings settings;
    private final Time time;
    private final int deleteChunk;

    @Inject
    public AoInteractions(ActiveObjects ao, Settings settings, Time time) {
        this(ao, settings, time, DELETE_CHUNK);
    }

    /** With a smaller delete chunk, for tests that cross chunk boundaries without writing thousands of rows. */
    AoInteractions(ActiveObjects ao, Settings settings, Time time, int deleteChunk) {
        this.ao = ao;
        this.settings = settings;
        this.time = time;
        this.deleteChunk = deleteChunk;
    }

    @Override
    public void record(Interaction interaction) {
        if (interaction.isSelf()) {
            return;
        }
        int day = (int) LocalDate.ofInstant(interaction.at(), ZoneOffset.UTC).toEpochDay();
        String key = rollupKey(interaction, day);
        int rowId = AoRows.findOrCreate(ao, () -> rollup(key), () -> ao.create(InteractionDayEntity.class,
                new DBParam("ROLLUP_KEY", key), new DBParam("ACTOR_KEY", interaction.actorKey()),
                new DBParam("TARGET_KEY", interaction.targetKey()), new DBParam("INTERACTION_TYPE", interaction.type().name()),
                new DBParam("ROLLUP_DAY", day), new DBParam("INTERACTIONS", 0), new DBParam("WRITE_LOCK", 0L))).getID();
        int retention = new LeaderSettings(settings).rawRetentionDays();
        ao.executeInTransaction(() -> {
            InteractionDayEntity row = ao.get(InteractionDayEntity.class, rowId);
            AoRows.lock(row, row::setWriteLock);
            InteractionDayEntity fresh = ao.find(InteractionDayEntity.class, Query.select().where("ID = ?", rowId))[0];
            fresh.setInteractions(fresh.getInteractions() + 1);
            fresh.save();
            if (retention > 0 && interaction.at().isAfter(time.now().minus(Duration.ofDays(retention)))) {
                ao.create(InteractionEventEntity.class, new DBParam("ACTOR_KEY", interaction.actorKey()),
                        new DBParam("TARGET_KEY", interaction.targetKey()), new DBParam("INTERACTION_TYPE", interaction.type().name()),
                        new DBParam("CONTENT_ID", interaction.contentId()), new DBParam("OCCURRED", Date.from(interaction.at())));
            }
            return null;
        });
    }

    /** Raw events still kept, for tests and a person's data export. */
    int rawEvents() {
        return ao.count(InteractionEventEntity.class);
    }

    /** Daily rollups kept, for tests. */
    int rollups() {
        return ao.count(InteractionDayEntity.class);
    }

    @Override
    public long deleteRawBefore(Instant cutoff) {
        return deleteInChunks(InteractionEventEntity.class, "OCCURRED < ?", Date.from(cutoff));
    }

    @Override
    public long deleteRollupsBefore(LocalDate firstDayKept) {
        return deleteInChunks(InteractionDayEntity.class, "ROLLUP_DAY < ?", (int) firstDayKept.toEpochDay());
    }

    /**
     * Deletes the rows {@code expired} selects, a window of {@value #DELETE_CHUNK} primary keys per statement
     * from the first expired row to the last, so no statement touches more rows than that however large the
     * backlog: the first purge after years of a large company, or after the retention was shortened. Each window
     * is found by the primary key's index; the two ends by one ordered, one-row query each.
     */
    private <T extends Entity> long deleteInChunks(Class<T> table, String expired, Object cutoff) {
        Integer first = endOfExpired(table, expired, cutoff, "ASC");
        if (first == null) {
            return 0;
        }
        int last = endOfExpired(table, expired, cutoff, "DESC");
        long deleted = 0;
        for (long after = first - 1L; after < last; after += deleteChunk) {
            long upTo = Math.min(after + deleteChunk, last);
            deleted += ao.deleteWithSQL(table, "ID > ? AND ID <= ? AND " + expired, (int) after, (int) upTo, cutoff);
        }
        return deleted;
    }

    /** The smallest ({@code ASC}) or largest ({@code DESC}) primary key of an expired row, or null for none. */
    private <T extends Entity> Integer endOfExpired(Class<T> table, String expired, Object cutoff, String direction) {
        AtomicReference<Integer> id = new AtomicReference<>();
        ao.stream(table, Query.select("ID").where(expired, cutoff).order("ID " + direction).limit(1), row -> id.set(row.getID()));
        return id.get();
    }

    private InteractionDayEntity rollup(String key) {
        InteractionDayEntity[] found = ao.find(InteractionDayEntity.class, Query.select().where("ROLLUP_KEY = ?", key));
        return found.length == 0 ? null : found[0];
    }

    private static String rollupKey(Interaction interaction, int day) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String joined = interaction.actorKey() + '\u0000' + interaction.targetKey() + '\u0000' + interaction.type().name() + '\u0000' + day;
            return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
