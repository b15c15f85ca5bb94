package app.hallway.leaders;

/** Where a report computation is in its life. */
public enum RunState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
