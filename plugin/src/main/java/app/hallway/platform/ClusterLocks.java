package app.hallway.platform;

/** Work that must run on one node of the cluster at a time (scheduled jobs, report computations). */
public interface ClusterLocks {
    /**
     * Runs {@code work} while holding the cluster-wide lock {@code name}; returns false at once, without
     * running it, when another node (or thread) holds it.
     */
    boolean runExclusively(String name, Runnable work);
}
