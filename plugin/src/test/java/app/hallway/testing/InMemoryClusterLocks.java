package app.hallway.testing;

import app.hallway.platform.ClusterLocks;
import java.util.HashSet;
import java.util.Set;

/** {@link ClusterLocks} in one JVM; a test can pretend another node holds a lock. */
public final class InMemoryClusterLocks implements ClusterLocks {
    private final Set<String> held = new HashSet<>();

    @Override
    public boolean runExclusively(String name, Runnable work) {
        synchronized (this) {
            if (!held.add(name)) {
                return false;
            }
        }
        try {
            work.run();
            return true;
        } finally {
            release(name);
        }
    }

    /** Another node takes the lock until {@link #release}. */
    public synchronized void holdElsewhere(String name) {
        held.add(name);
    }

    public synchronized void release(String name) {
        held.remove(name);
    }
}
