package app.hallway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.hallway.sandbox.demo.DemoContent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox on a real PostgreSQL, started with {@code --db} as a user would. */
class PostgresSandboxTest {
    @TempDir
    Path data;

    @Test
    void rendersTheWelcomePageOnPostgres() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            SandboxOptions options = SandboxOptions.parse("--port", "0", "--data", data.toString(), "--db", url,
                    "--db-user", "postgres", "--db-password", "postgres", "--node-name", "pg-node");
            try (SandboxNode node = SandboxNode.start(options)) {
                SandboxClient client = new SandboxClient(node.baseUri());
                long id = SandboxClient.pageId(client.get("/rest/sandbox/pages", "admin").body(), DemoContent.WELCOME_TITLE);
                HttpResponse<String> page = client.get("/pages/" + id, "eli");
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("Welcome to the new intranet"), page.body());
            }
        }
    }
}
