package app.hallway.sandbox.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.hallway.sandbox.SandboxNode;
import app.hallway.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen clients toggle reactions on one page at once through the REST API; afterwards the page shows exactly
 * what they did. Exactness only: the throughput is measured by {@code FeedbackBenchmarks}, never asserted.
 */
class ConcurrentReactionsTest {
    @TempDir
    Path data;

    @Test
    void sixteenClientsTogglingOnOnePageLeaveExactCounts() throws Exception {
        try (SandboxNode node = SandboxNode.start(new SandboxOptions(0, data, null, null, null, true, "reactions-test", 40))) {
            FeedbackHttp http = new FeedbackHttp(node.baseUri());
            long page = http.page("hana", "NEWS", "Busy page", "<p>Everyone reacts here.</p>");
            List<String> users = new ArrayList<>();
            for (var user : http.get("/rest/sandbox/users", null).json()) {
                if (users.size() < 16 && !user.path("username").asText().equals("hana")) {
                    users.add(user.path("username").asText());
                }
            }
            ReactionLoad load = new ReactionLoad(node.baseUri(), String.valueOf(page));

            ReactionLoad.Result result = load.run(users, 40, 42);

            assertEquals(result.expected(), load.counts("hana"));
        }
    }
}
