package app.hallway.sandbox.host;

import com.atlassian.beehive.ClusterLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One named cluster lock. Threads of this node queue on a local reentrant lock; its first holder then takes
 * the database row, which excludes the other nodes. Reentrant like beehive's locks; conditions are not
 * supported (beehive does not support them either).
 */
final class JdbcClusterLock implements ClusterLock {
    private static final long POLL_MILLIS = 50;

    private final String name;
    private final JdbcClusterLockService service;
    private final ReentrantLock local = new ReentrantLock();

    JdbcClusterLock(String name, JdbcClusterLockService service) {
        this.name = name;
        this.service = service;
    }

    String name() {
        return name;
    }

    boolean isHeldOnThisNode() {
        return local.isLocked();
    }

    @Override
    public boolean isHeldByCurrentThread() {
        return local.isHeldByCurrentThread();
    }

    @Override
    public void lock() {
        local.lock();
        if (local.getHoldCount() > 1) {
            return;
        }
        boolean interrupted = false;
        while (!service.tryAcquireRow(name)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        local.lockInterruptibly();
        if (local.getHoldCount() > 1) {
            return;
        }
        try {
            while (!service.tryAcquireRow(name)) {
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public boolean tryLock() {
        if (!local.tryLock()) {
            return false;
        }
        if (local.getHoldCount() > 1 || service.tryAcquireRow(name)) {
            return true;
        }
        local.unlock();
        return false;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        if (!local.tryLock(time, unit)) {
            return false;
        }
        if (local.getHoldCount() > 1) {
            return true;
        }
        try {
            while (!service.tryAcquireRow(name)) {
                if (System.nanoTime() - deadline >= 0) {
                    local.unlock();
                    return false;
                }
                Thread.sleep(POLL_MILLIS);
            }
            return true;
        } catch (InterruptedException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void unlock() {
        if (!local.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException("Cluster lock " + name + " is not held by this thread");
        }
        try {
            if (local.getHoldCount() == 1) {
                service.releaseRow(name);
            }
        } finally {
            local.unlock();
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("Cluster locks do not support conditions");
    }
}
