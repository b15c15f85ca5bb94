package app.hallway.leaders.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A piece of the archive of one closed month's daily rollups ({@link MonthArchive}): all pieces of a month are
 * written in one transaction, and each repeats what the whole is, so that a reader can tell a complete archive
 * from a damaged one. Never leaves {@link ArchivedMonths}.
 */
@Table("ROLLUP_ARCHIVE")
public interface RollupArchiveEntity extends Entity {
    /** The month, counted from January 1970 ({@link ArchivedMonths#monthOf(int)}). */
    @NotNull
    @Indexed
    int getArchiveMonth();

    void setArchiveMonth(int month);

    @NotNull
    int getChunkNo();

    void setChunkNo(int number);

    /** How many pieces the month's archive has. */
    @NotNull
    int getChunks();

    void setChunks(int chunks);

    /** {@link MonthArchive#FORMAT} when written; another number reads as no archive. */
    @NotNull
    int getFormat();

    void setFormat(int format);

    /** How many rollup rows the archive was made from: fewer rows now means some were deleted since. */
    @NotNull
    int getRollups();

    void setRollups(int rollups);

    /** Base64 of this piece of the deflated archive. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPayload();

    void setPayload(String base64);
}
