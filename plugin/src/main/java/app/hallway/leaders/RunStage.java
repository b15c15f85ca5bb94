package app.hallway.leaders;

/**
 * The steps of a computation, with the part of the progress bar each covers (measured on the 100,000-person
 * benchmark: reading and the bootstrap take most of the time).
 */
public enum RunStage {
    WAITING(0, 0),
    /** Archiving the months that closed since the last run: none or one, except on the first run (RollupArchives). */
    COMPACTING(0, 5),
    READING(5, 40),
    DIRECTORY(40, 44),
    SCORING(44, 50),
    STABILITY(50, 86),
    EXPLAINING(86, 94),
    SAVING(94, 100),
    FINISHED(100, 100);

    private final int start;
    private final int end;

    RunStage(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /** Overall percent done when this stage is {@code fraction} (0..1) done. */
    public int percent(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        return (int) Math.floor(start + (end - start) * clamped);
    }
}
