package app.hallway.announce.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One announcement macro instance. Never leaves {@link AoAnnouncements}. */
@Table("ANNOUNCEMENT")
public interface AnnouncementEntity extends Entity {
    /**
     * {@code contentId/macroId}: one column, so the database itself keeps an instance unique across
     * cluster nodes (a single-column unique constraint, which Active Objects does not rebuild on start).
     */
    @NotNull
    @Unique
    String getInstanceKey();

    void setInstanceKey(String instanceKey);

    @NotNull
    long getContentId();

    void setContentId(long contentId);

    @NotNull
    String getMacroId();

    void setMacroId(String macroId);

    String getTitle();

    void setTitle(String title);

    int getTextVersion();

    void setTextVersion(int version);

    String getTextHash();

    void setTextHash(String hash);
}
