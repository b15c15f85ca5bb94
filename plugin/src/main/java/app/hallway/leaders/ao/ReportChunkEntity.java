package app.hallway.leaders.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A piece of a cached report: its summary, a slice of its leaders, or one bucket of its people, as JSON.
 * Never leaves {@link AoReportResults}.
 */
@Table("LEADER_RESULT")
public interface ReportChunkEntity extends Entity {
    @NotNull
    @Indexed
    int getRunId();

    void setRunId(int runId);

    /** {@code summary}, {@code leaders} or {@code people}. */
    @NotNull
    String getChunkKind();

    void setChunkKind(String kind);

    @NotNull
    int getChunkNo();

    void setChunkNo(int number);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getPayload();

    void setPayload(String json);
}
