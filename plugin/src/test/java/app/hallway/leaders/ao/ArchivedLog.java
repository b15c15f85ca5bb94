package app.hallway.leaders.ao;

import app.hallway.leaders.InteractionType;
import app.hallway.testing.TestDatabases;
import app.hallway.testing.TestDatabases.Kind;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interaction log on a real database for the archive tests: rollup rows written as the log holds them, read
 * back through {@link AoInteractionHistory} in pages of three.
 */
final class ArchivedLog {
    final ActiveObjects ao;
    final AoInteractionHistory history;
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private int written;

    ArchivedLog(Kind kind) {
        this(kind, AoInteractionHistory.Pauses.NONE);
    }

    /** With compaction pausing where {@code pauses} says, for tests of what happens meanwhile. */
    ArchivedLog(Kind kind, AoInteractionHistory.Pauses pauses) {
        ao = TestDatabases.fresh(kind, InteractionDayEntity.class, InteractionEventEntity.class, RollupArchiveEntity.class, ArchiveGuardEntity.class);
        history = new AoInteractionHistory(ao, 3, pauses);
    }

    /** A rollup row; {@link #write()} stores the rows added so far in one batch. */
    ArchivedLog rollup(String actor, String target, InteractionType type, LocalDate day, int count) {
        Map<String, Object> row = new HashMap<>();
        row.put("ROLLUP_KEY", "rollup-" + (written + pending.size()));
        row.put("ACTOR_KEY", actor);
        row.put("TARGET_KEY", target);
        row.put("INTERACTION_TYPE", type.name());
        row.put("ROLLUP_DAY", (int) day.toEpochDay());
        row.put("INTERACTIONS", count);
        row.put("WRITE_LOCK", 0L);
        pending.add(row);
        return this;
    }

    ArchivedLog write() {
        if (!pending.isEmpty()) {
            ao.create(InteractionDayEntity.class, pending);
            written += pending.size();
            pending.clear();
        }
        return this;
    }

    /** Every rollup visited for {@code from..to}, one line each, sorted: equal lists are equal multisets. */
    List<String> read(LocalDate from, LocalDate to) {
        List<String> visits = new ArrayList<>();
        history.forEachDailyRollup(from, to, (actor, target, type, day, count) ->
                visits.add(actor + ">" + target + " " + type + " " + LocalDate.ofEpochDay(day) + " x" + count));
        visits.sort(null);
        return visits;
    }

    int archivePieces() {
        return ao.count(RollupArchiveEntity.class);
    }

    /** The archive rows of the month that {@code day} is in. */
    RollupArchiveEntity[] archiveOf(LocalDate day) {
        return ao.find(RollupArchiveEntity.class, "ARCHIVE_MONTH = ?", ArchivedMonths.monthOf((int) day.toEpochDay()));
    }

    void deleteRows(String criteria, Object... parameters) {
        ao.deleteWithSQL(InteractionDayEntity.class, criteria, parameters);
    }
}
