package app.hallway.leaders;

/**
 * The interaction log the opinion-leader report reads. Implementations keep daily rollups per pair and
 * type, and raw events only as long as retention allows. Self-interactions are ignored.
 */
public interface Interactions {
    void record(Interaction interaction);
}
