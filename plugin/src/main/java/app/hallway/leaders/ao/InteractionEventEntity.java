package app.hallway.leaders.ao;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One raw interaction, kept only as long as the retention setting allows. Never leaves {@link AoInteractions}. */
@Table("INTERACTION_EVENT")
public interface InteractionEventEntity extends Entity {
    @NotNull
    @Indexed
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @Indexed
    String getTargetKey();

    void setTargetKey(String targetKey);

    @NotNull
    String getInteractionType();

    void setInteractionType(String type);

    String getContentId();

    void setContentId(String contentId);

    @NotNull
    @Indexed
    Date getOccurred();

    void setOccurred(Date occurred);
}
