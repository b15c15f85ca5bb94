package app.hallway.leaders.scoring;

/** The conditions a person must meet to be reported as an opinion leader (LEADERS.md). */
public enum LeaderGate {
    /** Score in the top 5 %. */
    TOP_SCORE,
    /** Enough distinct endorsers (10 by default). */
    DISTINCT_ENDORSERS,
    /** Endorsers from enough departments (3 by default). */
    ENDORSER_DEPARTMENTS,
    /** In the top 5 % in enough bootstrap resamples of the edges (80 % by default). */
    STABILITY
}
