package app.hallway.leaders;

/** Told how far a computation has got; called from the computing thread (and the bootstrap's threads). */
@FunctionalInterface
public interface ReportProgress {
    ReportProgress IGNORED = (stage, fraction) -> { };

    /** {@code stage} is {@code fraction} (0..1) done. */
    void at(RunStage stage, double fraction);
}
