package app.hallway.leaders.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One employee's objection to profiling. Never leaves {@link AoObjections}. */
@Table("LEADER_OBJECTION")
public interface ObjectionEntity extends Entity {
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getObjectedAt();

    void setObjectedAt(Date objectedAt);
}
