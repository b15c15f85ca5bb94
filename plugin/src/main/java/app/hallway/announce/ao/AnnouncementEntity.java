package app.hallway.announce.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One announcement macro instance. Never leaves {@link AoAnnouncements}. Dates of the macro parameters are
 * ISO strings ({@code 2026-12-31}): they compare correctly as text and carry no time zone to get wrong.
 * {@code @Preload} loads every column with the row; without it Active Objects reads each getter separately.
 */
@Table("ANNOUNCEMENT")
@Preload
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
    @Indexed
    long getContentId();

    void setContentId(long contentId);

    @NotNull
    String getMacroId();

    void setMacroId(String macroId);

    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    String getTitle();

    void setTitle(String title);

    @StringLength(450)
    String getExcerpt();

    void setExcerpt(String excerpt);

    int getTextVersion();

    void setTextVersion(int version);

    String getTextHash();

    void setTextHash(String hash);

    @Default("1")
    int getRequiredVersion();

    void setRequiredVersion(int version);

    /** {@link app.hallway.announce.Priority#ordinal()}: 0 info, 1 important, 2 urgent. */
    @Default("0")
    int getPriorityRank();

    void setPriorityRank(int rank);

    /** Group names, comma-separated; empty for everyone. */
    @StringLength(StringLength.UNLIMITED)
    String getAudience();

    void setAudience(String audience);

    String getShownFrom();

    void setShownFrom(String date);

    @Indexed
    String getShownUntil();

    void setShownUntil(String date);

    @Default("false")
    boolean isAckRequired();

    void setAckRequired(boolean required);

    String getDueDate();

    void setDueDate(String date);

    String getLang();

    void setLang(String lang);

    String getPublisherKey();

    void setPublisherKey(String userKey);

    @Indexed
    Date getPublishedAt();

    void setPublishedAt(Date at);

    Date getChangedAt();

    void setChangedAt(Date at);

    @Default("-1")
    int getAudienceSize();

    void setAudienceSize(int size);
}
