package app.hallway.leaders.ao;

import app.hallway.admin.Settings;
import app.hallway.leaders.DailyInteraction;
import app.hallway.leaders.Interaction;
import app.hallway.leaders.InteractionRollups;
import app.hallway.leaders.InteractionType;
import app.hallway.leaders.Interactions;
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
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The interaction log in Active Objects: a daily rollup row per (actor, target, type, UTC day) whose count an
 * interaction increments under the row's lock (exact under concurrency, on every node), and the raw event,
 * kept for {@value #RETENTION} days (default {@value #DEFAULT_RETENTION_DAYS}; 0 keeps none). Older events
 * are deleted at most once an hour per node. Self-interactions are ignored.
 */
@Named
public final class AoInteractions implements Interactions, InteractionRollups {
    public static final String RETENTION = "leaders.raw-retention-days";
    static final int DEFAULT_RETENTION_DAYS = 30;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    private final ActiveObjects ao;
    private final Settings settings;
    private final Time time;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    @Inject
    public AoInteractions(ActiveObjects ao, Settings settings, Time time) {
        this.ao = ao;
        this.settings = settings;
        this.time = time;
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
        int retention = retentionDays();
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
        pruneNowAndThen(retention);
    }

    @Override
    public void forEachDay(LocalDate from, LocalDate to, Consumer<DailyInteraction> each) {
        // One query over the whole log would be buffered whole by the driver; read it in keyset pages instead.
        new AoInteractionHistory(ao).forEachDailyRollup(from, to,
                (actor, target, type, day, count) -> each.accept(new DailyInteraction(actor, target, type, LocalDate.ofEpochDay(day), count)));
    }

    /** Raw events still kept, for tests and a person's data export. */
    int rawEvents() {
        return ao.count(InteractionEventEntity.class);
    }

    /** Deletes raw events older than retention now. */
    void prune(int retentionDays) {
        Instant cutoff = time.now().minus(Duration.ofDays(Math.max(0, retentionDays)));
        ao.deleteWithSQL(InteractionEventEntity.class, "OCCURRED < ?", Date.from(cutoff));
    }

    private void pruneNowAndThen(int retention) {
        Instant now = time.now();
        Instant last = lastPrune.get();
        if (Duration.between(last, now).compareTo(PRUNE_EVERY) >= 0 && lastPrune.compareAndSet(last, now)) {
            prune(retention);
        }
    }

    private int retentionDays() {
        try {
            return Math.max(0, Integer.parseInt(settings.get(RETENTION, String.valueOf(DEFAULT_RETENTION_DAYS)).trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_RETENTION_DAYS;
        }
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
