package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sandbox nodes on one H2 database (AUTO_SERVER), as two Confluence nodes share one database. */
class TwoNodesTest {
    @TempDir
    Path data;

    @Test
    void bothNodesServeTheSameContentAndTheClusterLockExcludes() throws Exception {
        try (SandboxNode first = SandboxNode.start(SandboxClient.options(data, "node-1", true));
             SandboxNode second = SandboxNode.start(SandboxClient.options(data, "node-2", true))) {
            SandboxClient one = new SandboxClient(first.baseUri());
            SandboxClient two = new SandboxClient(second.baseUri());
            assertTrue(two.get("/rest/sandbox/health", null).body().contains("node-2"));

            long id = SandboxClient.id(one.post("/rest/sandbox/pages", "eli",
                    "{\"space\":\"ENG\",\"title\":\"Written on node 1\",\"storage\":\"<p>Seen on node 2</p>\"}"));
            String onSecond = two.get("/pages/" + id, "sam").body();
            assertTrue(onSecond.contains("Seen on node 2"), onSecond);
            assertEquals(1, two.get("/rest/sandbox/pages", "admin").body().split("Welcome to Hallway").length - 1,
                    "demo content is created once, not once per node");

            ClusterLockService locksOne = first.host().container.get(ClusterLockService.class);
            ClusterLockService locksTwo = second.host().container.get(ClusterLockService.class);
            ClusterLock held = locksOne.getLockForName("hallway.test.job");
            held.lock();
            try {
                ClusterLock other = locksTwo.getLockForName("hallway.test.job");
                boolean acquired = CompletableFuture.supplyAsync(other::tryLock).get(10, TimeUnit.SECONDS);
                assertFalse(acquired, "node 2 must not take a lock node 1 holds");
                assertTrue(held.isHeldByCurrentThread());
            } finally {
                held.unlock();
            }
            ClusterLock other = locksTwo.getLockForName("hallway.test.job");
            assertTrue(other.tryLock(5, TimeUnit.SECONDS), "released on node 1, free for node 2");
            other.unlock();
        }
    }
}
