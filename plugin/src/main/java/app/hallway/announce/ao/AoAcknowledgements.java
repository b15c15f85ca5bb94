package app.hallway.announce.ao;

import app.hallway.announce.Acknowledgement;
import app.hallway.announce.Acknowledgements;
import app.hallway.platform.ao.AoRows;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * {@link Acknowledgements} in Active Objects. Every method but the removal of a removed page's acknowledgements
 * is one statement, so none opens a transaction of its own: a page view or an acknowledgement pays for its
 * queries, not for BEGIN and COMMIT around each.
 */
@Named
public final class AoAcknowledgements implements Acknowledgements {
    private static final String COLUMNS = "ID, ANNOUNCEMENT_ID, USER_KEY, ACK_VERSION, REQUIRED_VERSION, ACKED_AT";

    private final ActiveObjects ao;

    @Inject
    public AoAcknowledgements(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Inserts in a transaction of its own. When the unique key says this person already acknowledged under
     * this required version (a double click, a second tab, another node), the insert fails and the first
     * acknowledgement is read back.
     */
    @Override
    public Acknowledgement acknowledge(long announcementId, String userKey, int version, int requiredVersion, Instant at) {
        String key = key(announcementId, requiredVersion, userKey);
        try {
            // One INSERT, committed on its own; the batch form skips reading back the generated key and building
            // an entity, which is most of the cost of a single-row create.
            Map<String, Object> row = new HashMap<>();
            row.put("ACK_KEY", key);
            row.put("ANNOUNCEMENT_ID", announcementId);
            row.put("USER_KEY", userKey);
            row.put("ACK_VERSION", version);
            row.put("REQUIRED_VERSION", requiredVersion);
            row.put("ACKED_AT", Date.from(at));
            ao.create(AcknowledgementEntity.class, List.of(row));
            // What was written, as the store reads it back (milliseconds).
            return new Acknowledgement(announcementId, userKey, version, requiredVersion, Date.from(at).toInstant());
        } catch (RuntimeException duplicate) {
            AcknowledgementEntity[] found = ao.find(AcknowledgementEntity.class, Query.select().where("ACK_KEY = ?", key));
            Acknowledgement first = found.length == 0 ? null : record(found[0]);
            if (first == null) {
                throw duplicate;
            }
            return first;
        }
    }

    @Override
    public Optional<Acknowledgement> latest(long announcementId, String userKey) {
        // Every page view asks this: name only the columns the caller does not already know.
        List<Acknowledgement> found = new ArrayList<>(1);
        ao.stream(AcknowledgementEntity.class, Query.select("ID, ACK_VERSION, REQUIRED_VERSION, ACKED_AT")
                .where("USER_KEY = ? AND ANNOUNCEMENT_ID = ?", userKey, announcementId)
                .order("ACK_VERSION DESC, ACKED_AT ASC")
                .limit(1), entity -> found.add(new Acknowledgement(announcementId, userKey, entity.getAckVersion(),
                        entity.getRequiredVersion(), entity.getAckedAt().toInstant())));
        return found.stream().findFirst();
    }

    @Override
    public int countFrom(long announcementId, int minVersion) {
        return ao.count(AcknowledgementEntity.class, Query.select().where("ANNOUNCEMENT_ID = ? AND ACK_VERSION >= ?", announcementId, minVersion));
    }

    @Override
    public Map<String, Acknowledgement> latestByPerson(long announcementId) {
        Map<String, Acknowledgement> latest = new HashMap<>();
        ao.stream(AcknowledgementEntity.class, Query.select(COLUMNS).where("ANNOUNCEMENT_ID = ?", announcementId),
                entity -> latest.merge(entity.getUserKey(), record(entity), AoAcknowledgements::later));
        return latest;
    }

    @Override
    public Map<Long, Acknowledgement> latestOf(String userKey, Collection<Long> announcementIds) {
        if (announcementIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> wanted = Set.copyOf(announcementIds);
        Map<Long, Acknowledgement> latest = new HashMap<>();
        // One person has at most a few acknowledgements per announcement: read them all by the user index.
        ao.stream(AcknowledgementEntity.class, Query.select(COLUMNS).where("USER_KEY = ?", userKey), entity -> {
            if (wanted.contains(entity.getAnnouncementId())) {
                latest.merge(entity.getAnnouncementId(), record(entity), AoAcknowledgements::later);
            }
        });
        return latest;
    }

    @Override
    public List<Acknowledgement> givenBy(String userKey) {
        List<Acknowledgement> given = new ArrayList<>();
        ao.stream(AcknowledgementEntity.class, Query.select(COLUMNS).where("USER_KEY = ?", userKey).order("ACKED_AT ASC, ID ASC"),
                entity -> given.add(record(entity)));
        return given;
    }

    @Override
    public void removeAll(Collection<Long> announcementIds) {
        ao.executeInTransaction(() -> {
            for (List<Long> chunk : AoRows.chunks(announcementIds)) {
                ao.deleteWithSQL(AcknowledgementEntity.class, "ANNOUNCEMENT_ID IN (" + AoRows.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
            return null;
        });
    }

    /** The acknowledgement of the higher version; of the same version, the first. */
    private static Acknowledgement later(Acknowledgement a, Acknowledgement b) {
        if (a.version() != b.version()) {
            return a.version() > b.version() ? a : b;
        }
        return a.at().isAfter(b.at()) ? b : a;
    }

    static String key(long announcementId, int requiredVersion, String userKey) {
        return announcementId + "/" + requiredVersion + "/" + userKey;
    }

    private static Acknowledgement record(AcknowledgementEntity entity) {
        return new Acknowledgement(entity.getAnnouncementId(), entity.getUserKey(), entity.getAckVersion(), entity.getRequiredVersion(),
                entity.getAckedAt().toInstant());
    }
}
