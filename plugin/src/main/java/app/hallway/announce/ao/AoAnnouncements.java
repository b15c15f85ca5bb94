package app.hallway.announce.ao;

import app.hallway.announce.Announcement;
import app.hallway.announce.Announcements;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link Announcements} in Active Objects. */
@Named
public final class AoAnnouncements implements Announcements {
    private final ActiveObjects ao;

    @Inject
    public AoAnnouncements(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Announcement register(long contentId, String macroId, String title, String textHash) {
        Announcement existing = ao.executeInTransaction(() -> {
            AnnouncementEntity found = find(contentId, macroId);
            if (found == null) {
                return null;
            }
            if (!textHash.equals(found.getTextHash())) {
                found.setTitle(title);
                found.setTextHash(textHash);
                found.setTextVersion(found.getTextVersion() + 1);
                found.save();
            }
            return record(found);
        });
        return existing != null ? existing : create(contentId, macroId, title, textHash);
    }

    @Override
    public Optional<Announcement> byId(long id) {
        return Optional.ofNullable(ao.executeInTransaction(() -> {
            AnnouncementEntity entity = ao.get(AnnouncementEntity.class, (int) id);
            return entity == null ? null : record(entity);
        }));
    }

    /**
     * Two nodes may see a new macro at the same moment. The unique instance key lets exactly one insert
     * win; the loser's insert fails in a transaction of its own and it reads the winner's row.
     */
    private Announcement create(long contentId, String macroId, String title, String textHash) {
        try {
            return ao.executeInTransaction(() -> record(ao.create(AnnouncementEntity.class,
                    new DBParam("INSTANCE_KEY", instanceKey(contentId, macroId)),
                    new DBParam("CONTENT_ID", contentId),
                    new DBParam("MACRO_ID", macroId),
                    new DBParam("TITLE", title),
                    new DBParam("TEXT_VERSION", 1),
                    new DBParam("TEXT_HASH", textHash))));
        } catch (RuntimeException duplicate) {
            Announcement winner = ao.executeInTransaction(() -> {
                AnnouncementEntity found = find(contentId, macroId);
                return found == null ? null : record(found);
            });
            if (winner == null) {
                throw duplicate;
            }
            return winner;
        }
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
        return new Announcement(entity.getID(), entity.getContentId(), entity.getMacroId(), entity.getTitle(), entity.getTextVersion());
    }
}
