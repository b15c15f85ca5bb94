package app.hallway.leaders.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One report computation and its progress. Never leaves {@link AoReportRuns}. */
@Table("LEADER_RUN")
public interface ReportRunEntity extends Entity {
    /**
     * {@value AoReportRuns#ACTIVE} while the run is queued or running, {@code run-<id>} once it has finished:
     * the unique constraint lets one run be active across the cluster. (Never null: SQL Server allows only one
     * null in a unique column.)
     */
    @NotNull
    @Unique
    String getActiveSlot();

    void setActiveSlot(String slot);

    /** First day of the period, in days since 1970-01-01. */
    @NotNull
    int getFromDay();

    void setFromDay(int epochDay);

    @NotNull
    int getToDay();

    void setToDay(int epochDay);

    @NotNull
    @Indexed
    String getRunState();

    void setRunState(String state);

    @NotNull
    String getRunStage();

    void setRunStage(String stage);

    @NotNull
    int getProgressPercent();

    void setProgressPercent(int percent);

    String getRequestedBy();

    void setRequestedBy(String userKey);

    Date getRequestedAt();

    void setRequestedAt(Date at);

    Date getHeartbeat();

    void setHeartbeat(Date at);

    Date getFinishedAt();

    void setFinishedAt(Date at);

    @StringLength(450)
    String getFailure();

    void setFailure(String failure);
}
