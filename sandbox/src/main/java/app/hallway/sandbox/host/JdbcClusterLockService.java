package app.hallway.sandbox.host;

import app.hallway.sandbox.content.Jdbc;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Beehive's {@code ClusterLockService} over a table, so nodes sharing one database exclude each other as
 * Confluence's database-backed cluster locks do. A lock is a row in {@code SANDBOX_CLUSTER_LOCK}; whoever
 * inserts it holds it. Rows carry a lease renewed while held, so a node that dies without unlocking blocks
 * the others for one lease at most.
 */
public final class JdbcClusterLockService implements ClusterLockService, AutoCloseable {
    static final Duration LEASE = Duration.ofSeconds(60);

    private final Jdbc jdbc;
    private final Clock clock;
    private final String nodeId;
    private final Map<String, JdbcClusterLock> locks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-cluster-lock-lease");
        thread.setDaemon(true);
        return thread;
    });

    public JdbcClusterLockService(Jdbc jdbc, Clock clock, String nodeName) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nodeId = nodeName + "/" + UUID.randomUUID();
        long period = LEASE.toMillis() / 3;
        renewer.scheduleAtFixedRate(this::renewHeldLeases, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isBlank() || lockName.length() > 255) {
            throw new IllegalArgumentException("A cluster lock needs a name of 1 to 255 characters");
        }
        return locks.computeIfAbsent(lockName, name -> new JdbcClusterLock(name, this));
    }

    /** Tries once to take the row for {@code name}, clearing an expired lease first. */
    boolean tryAcquireRow(String name) {
        long now = clock.millis();
        jdbc.update("DELETE FROM SANDBOX_CLUSTER_LOCK WHERE LOCK_NAME = ? AND EXPIRES < ?", name, now);
        try {
            jdbc.update("INSERT INTO SANDBOX_CLUSTER_LOCK (LOCK_NAME, OWNER, EXPIRES) VALUES (?, ?, ?)",
                    name, nodeId, now + LEASE.toMillis());
            return true;
        } catch (app.hallway.sandbox.content.JdbcException e) {
            if (e.isConstraintViolation()) {
                return false;
            }
            throw e;
        }
    }

    void releaseRow(String name) {
        jdbc.update("DELETE FROM SANDBOX_CLUSTER_LOCK WHERE LOCK_NAME = ? AND OWNER = ?", name, nodeId);
    }

    private void renewHeldLeases() {
        try {
            long expires = clock.millis() + LEASE.toMillis();
            locks.values().stream().filter(JdbcClusterLock::isHeldOnThisNode).forEach(lock ->
                    jdbc.update("UPDATE SANDBOX_CLUSTER_LOCK SET EXPIRES = ? WHERE LOCK_NAME = ? AND OWNER = ?",
                            expires, lock.name(), nodeId));
        } catch (RuntimeException e) {
            // The database is away; the next round tries again. A lost lease is the price, as in Confluence.
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
        locks.values().stream().filter(JdbcClusterLock::isHeldOnThisNode).forEach(lock -> releaseRow(lock.name()));
    }
}
