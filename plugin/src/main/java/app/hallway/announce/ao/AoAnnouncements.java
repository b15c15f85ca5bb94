package app.hallway.announce.ao;

import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementSettings;
import app.hallway.announce.Announcements;
import app.hallway.announce.Priority;
import app.hallway.announce.Registration;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link Announcements} in Active Objects. */
@Named
public final class AoAnnouncements implements Announcements {
    private static final String COLUMNS = "ID, CONTENT_ID, MACRO_ID, SPACE_KEY, TITLE, EXCERPT, TEXT_VERSION, TEXT_HASH,"
            + " REQUIRED_VERSION, PRIORITY_RANK, AUDIENCE, SHOWN_FROM, SHOWN_UNTIL, ACK_REQUIRED, DUE_DATE, LANG, PUBLISHER_KEY,"
            + " PUBLISHED_AT, CHANGED_AT, AUDIENCE_SIZE";
    /**
     * What a page view and an acknowledgement need: Active Objects renders the SQL of every call column by column,
     * so the hot reads name fewer (no title, excerpt or dates, which only feeds and reports show).
     */
    private static final String HOT_COLUMNS = "ID, CONTENT_ID, MACRO_ID, SPACE_KEY, TEXT_VERSION, TEXT_HASH, REQUIRED_VERSION,"
            + " PRIORITY_RANK, AUDIENCE, SHOWN_FROM, SHOWN_UNTIL, ACK_REQUIRED, DUE_DATE, LANG, PUBLISHER_KEY, PUBLISHED_AT, CHANGED_AT,"
            + " AUDIENCE_SIZE";

    private final ActiveObjects ao;
    private final RecentRegistrations recent;

    @Inject
    public AoAnnouncements(ActiveObjects ao) {
        this(ao, RecentRegistrations.RECENT, System::nanoTime);
    }

    AoAnnouncements(ActiveObjects ao, Duration recent, LongSupplier nanoTime) {
        this.ao = ao;
        this.recent = new RecentRegistrations(recent, nanoTime);
    }

    @Override
    public Announcement register(Registration registration) {
        Announcement known = recent.get(registration);
        if (known != null) {
            return known;
        }
        Announcement registered = registerInStore(registration);
        recent.put(registration, registered);
        return registered;
    }

    private Announcement registerInStore(Registration registration) {
        // A page view of an unchanged announcement is one indexed read, outside any transaction.
        Stored seen = seen(registration);
        if (seen == null) {
            return create(registration);
        }
        if (!seen.changedBy(registration)) {
            return seen.announcement();
        }
        return ao.executeInTransaction(() -> update(find(registration.contentId(), registration.macroId()), registration));
    }

    @Override
    public Optional<Announcement> byId(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Announcement> found = all(Query.select(COLUMNS).where("ID = ?", (int) id));
        return found.stream().findFirst();
    }

    @Override
    public List<Announcement> shownOn(LocalDate today, Set<String> spaceKeys, Priority minimum, int limit) {
        String day = today.toString();
        List<Object> parameters = new ArrayList<>(List.of(day, day, minimum.ordinal()));
        StringBuilder where = new StringBuilder(
                "(SHOWN_FROM IS NULL OR SHOWN_FROM <= ?) AND (SHOWN_UNTIL IS NULL OR SHOWN_UNTIL >= ?) AND PRIORITY_RANK >= ?");
        if (!spaceKeys.isEmpty()) {
            where.append(" AND SPACE_KEY IN (").append(String.join(",", spaceKeys.stream().map(key -> "?").toList())).append(')');
            parameters.addAll(spaceKeys.stream().sorted().toList());
        }
        return all(Query.select(COLUMNS).where(where.toString(), parameters.toArray()).order("PUBLISHED_AT DESC, ID DESC").limit(limit));
    }

    @Override
    public List<Announcement> awaitingAcknowledgement(LocalDate today) {
        return all(Query.select(COLUMNS)
                .where("ACK_REQUIRED = ? AND DUE_DATE IS NOT NULL AND (SHOWN_UNTIL IS NULL OR SHOWN_UNTIL >= ?)", true, today.toString())
                .order("ID"));
    }

    @Override
    public Optional<Announcement> requireVersion(long id, int version) {
        recent.forget(id);
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            AnnouncementEntity entity = ao.get(AnnouncementEntity.class, (int) id);
            if (entity == null) {
                return null;
            }
            if (version > entity.getRequiredVersion() && version <= entity.getTextVersion()) {
                entity.setRequiredVersion(version);
                entity.save();
            }
            return record(entity);
        }));
    }

    @Override
    public void recordAudienceSize(long id, int size) {
        recent.forget(id);
        ao.executeInTransaction(() -> {
            AnnouncementEntity entity = ao.get(AnnouncementEntity.class, (int) id);
            if (entity != null && entity.getAudienceSize() != size) {
                entity.setAudienceSize(size);
                entity.save();
            }
            return null;
        });
    }

    @Override
    public List<Long> onPage(long contentId) {
        List<Long> ids = new ArrayList<>();
        ao.stream(AnnouncementEntity.class, Query.select("ID").where("CONTENT_ID = ?", contentId), entity -> ids.add((long) entity.getID()));
        return ids;
    }

    @Override
    public void removeOnPage(long contentId) {
        onPage(contentId).forEach(recent::forget);
        ao.executeInTransaction(() -> ao.deleteWithSQL(AnnouncementEntity.class, "CONTENT_ID = ?", contentId));
    }

    /** Writes only what changed; a page view of an unchanged announcement writes nothing. */
    private Announcement update(AnnouncementEntity found, Registration registration) {
        Announcement stored = record(found);
        boolean newText = !registration.textHash().equals(found.getTextHash());
        boolean newSettings = !registration.settings().equals(stored.settings());
        String publisher = registration.publisherAfter(stored, newText || newSettings);
        boolean moved = !Objects.equals(registration.spaceKey(), found.getSpaceKey());
        if (!newText && !newSettings && !moved && Objects.equals(publisher, found.getPublisherKey())) {
            return stored;
        }
        if (newText) {
            found.setTitle(registration.title());
            found.setExcerpt(registration.excerpt());
            found.setTextHash(registration.textHash());
            found.setTextVersion(found.getTextVersion() + 1);
            found.setChangedAt(Date.from(registration.at()));
        }
        if (newSettings) {
            // A new audience holds different people: count it again when next needed.
            if (!registration.settings().audience().equals(stored.settings().audience())) {
                found.setAudienceSize(-1);
            }
            write(found, registration.settings());
        }
        found.setSpaceKey(registration.spaceKey());
        found.setPublisherKey(publisher);
        found.save();
        return record(found);
    }

    /**
     * Two nodes may see a new macro at the same moment. The unique instance key lets exactly one insert
     * win; the loser's insert fails in a transaction of its own and it reads the winner's row.
     */
    private Announcement create(Registration registration) {
        try {
            return ao.executeInTransaction(() -> {
                AnnouncementEntity entity = ao.create(AnnouncementEntity.class,
                        new DBParam("INSTANCE_KEY", instanceKey(registration.contentId(), registration.macroId())),
                        new DBParam("CONTENT_ID", registration.contentId()),
                        new DBParam("MACRO_ID", registration.macroId()),
                        new DBParam("TEXT_VERSION", 1),
                        new DBParam("TEXT_HASH", registration.textHash()));
                entity.setSpaceKey(registration.spaceKey());
                entity.setTitle(registration.title());
                entity.setExcerpt(registration.excerpt());
                entity.setRequiredVersion(1);
                entity.setPublisherKey(registration.publisherAfter(null, true));
                entity.setPublishedAt(Date.from(registration.at()));
                entity.setChangedAt(Date.from(registration.at()));
                entity.setAudienceSize(-1);
                write(entity, registration.settings());
                entity.save();
                return record(entity);
            });
        } catch (RuntimeException duplicate) {
            Announcement winner = ao.executeInTransaction(() -> {
                AnnouncementEntity found = find(registration.contentId(), registration.macroId());
                return found == null ? null : record(found);
            });
            if (winner == null) {
                throw duplicate;
            }
            return winner;
        }
    }

    private static void write(AnnouncementEntity entity, AnnouncementSettings settings) {
        entity.setPriorityRank(settings.priority().ordinal());
        entity.setAudience(String.join(",", settings.audience()));
        entity.setShownFrom(text(settings.from()));
        entity.setShownUntil(text(settings.until()));
        entity.setAckRequired(settings.acknowledgement());
        entity.setDueDate(text(settings.due()));
        entity.setLang(settings.lang());
    }

    /**
     * Reads rows as plain values: {@code stream} with named columns costs a fifth of a {@code find}, which
     * builds an entity proxy with every column for each row.
     */
    private List<Announcement> all(Query query) {
        List<Announcement> found = new ArrayList<>();
        ao.stream(AnnouncementEntity.class, query, entity -> found.add(record(entity)));
        return found;
    }

    /**
     * The stored state of a registration's instance, read without the title and excerpt: when its fingerprint
     * matches, they are the registration's own (the title is part of the fingerprint, the excerpt comes from the
     * same text); when it does not, the update rewrites them.
     */
    private Stored seen(Registration registration) {
        List<Stored> found = new ArrayList<>(1);
        ao.stream(AnnouncementEntity.class, Query.select(HOT_COLUMNS)
                .where("INSTANCE_KEY = ?", instanceKey(registration.contentId(), registration.macroId())), entity ->
                found.add(new Stored(record(entity, registration.title(), registration.excerpt()), entity.getTextHash())));
        return found.isEmpty() ? null : found.get(0);
    }

    private AnnouncementEntity find(long contentId, String macroId) {
        AnnouncementEntity[] found = ao.find(AnnouncementEntity.class,
                Query.select().where("INSTANCE_KEY = ?", instanceKey(contentId, macroId)));
        return found.length == 0 ? null : found[0];
    }

    private static String instanceKey(long contentId, String macroId) {
        return contentId + "/" + macroId;
    }

    private static Announcement record(AnnouncementEntity entity) {
        return record(entity, entity.getTitle(), entity.getExcerpt());
    }

    private static Announcement record(AnnouncementEntity entity, String title, String excerpt) {
        String audience = entity.getAudience();
        AnnouncementSettings settings = new AnnouncementSettings(
                Priority.values()[Math.max(0, Math.min(entity.getPriorityRank(), Priority.values().length - 1))],
                audience == null || audience.isEmpty() ? List.of() : List.of(audience.split(",")),
                date(entity.getShownFrom()), date(entity.getShownUntil()), entity.isAckRequired(), date(entity.getDueDate()),
                entity.getLang());
        return new Announcement(entity.getID(), entity.getContentId(), entity.getMacroId(), entity.getSpaceKey(), title,
                excerpt, entity.getTextVersion(), entity.getRequiredVersion(), settings, entity.getPublisherKey(),
                instant(entity.getPublishedAt()), instant(entity.getChangedAt()), entity.getAudienceSize());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static Instant instant(Date date) {
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    /** An announcement as stored, with the fingerprint of its text. */
    private record Stored(Announcement announcement, String textHash) {
        /** True when the registration would change anything: text, settings, space or publisher. */
        boolean changedBy(Registration registration) {
            boolean changed = !registration.textHash().equals(textHash) || !registration.settings().equals(announcement.settings());
            return changed || !Objects.equals(registration.spaceKey(), announcement.spaceKey())
                    || !Objects.equals(registration.publisherAfter(announcement, false), announcement.publisherKey());
        }
    }

}
