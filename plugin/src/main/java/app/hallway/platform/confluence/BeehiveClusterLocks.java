package app.hallway.platform.confluence;

import app.hallway.platform.ClusterLocks;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@link ClusterLocks} over Confluence's cluster lock service. Lock names are prefixed with the plugin's. */
@Named
public final class BeehiveClusterLocks implements ClusterLocks {
    private final ClusterLockService locks;

    @Inject
    public BeehiveClusterLocks(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public boolean runExclusively(String name, Runnable work) {
        ClusterLock lock = locks.getLockForName("app.hallway." + name);
        if (!lock.tryLock()) {
            return false;
        }
        try {
            work.run();
            return true;
        } finally {
            lock.unlock();
        }
    }
}
