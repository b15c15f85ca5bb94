package app.hallway.leaders.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The one row that writing a month's archive and erasing a person both lock first, so that they run one after
 * the other on every node: an archive made from rows read before an erasure is never written after it. Never
 * leaves {@link ArchivedMonths}.
 */
@Table("ARCHIVE_GUARD")
public interface ArchiveGuardEntity extends Entity {
    /** {@link ArchivedMonths#GUARD}: unique, so that nodes creating the row at once end up with one. */
    @NotNull
    @Unique
    @StringLength(64)
    String getGuardKey();

    void setGuardKey(String key);

    /** Written first, to hold the row's lock until the transaction commits (see {@link app.hallway.platform.ao.AoRows#lock}). */
    long getWriteLock();

    void setWriteLock(long token);
}
