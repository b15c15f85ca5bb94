package app.hallway.sandbox.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Pages, comments and likes in the sandbox's own tables, so every node on one database sees the same
 * content. A page is identified by space and title, as in Confluence: saving the same title again makes a
 * new version of the same page.
 */
public final class ContentStore {
    private static final String PAGE_COLUMNS =
            "ID, SPACE_KEY, TITLE, CONTENT_TYPE, STORAGE, VERSION, CREATOR, RESTRICTED_TO, CREATED, UPDATED, COALESCE(LAST_MODIFIER, CREATOR)";

    private final Jdbc jdbc;
    private final Clock clock;

    public ContentStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the page, or a new version of the page with this space and title; {@code creator} is who saves it. */
    public SavedPage save(String spaceKey, String title, String type, String storage, List<String> restrictedTo,
                          String creator) {
        long now = clock.millis();
        String restrictions = String.join(",", restrictedTo);
        Optional<SandboxPage> existing = find(spaceKey, title);
        if (existing.isEmpty()) {
            try {
                long id = jdbc.insert("INSERT INTO SANDBOX_PAGE (SPACE_KEY, TITLE, CONTENT_TYPE, STORAGE, VERSION, CREATOR,"
                        + " RESTRICTED_TO, CREATED, UPDATED, LAST_MODIFIER) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                        spaceKey, title, type, storage, creator, restrictions, now, now, creator);
                return new SavedPage(id, 1, true);
            } catch (JdbcException e) {
                if (!e.isConstraintViolation()) {
                    throw e;
                }
                // Another node created it meanwhile: fall through to a new version of theirs.
            }
        }
        SandboxPage page = find(spaceKey, title).orElseThrow();
        jdbc.update("UPDATE SANDBOX_PAGE SET STORAGE = ?, CONTENT_TYPE = ?, RESTRICTED_TO = ?, VERSION = VERSION + 1,"
                + " UPDATED = ?, LAST_MODIFIER = ? WHERE ID = ?", storage, type, restrictions, now, creator, page.id());
        return new SavedPage(page.id(), page(page.id()).orElseThrow().version(), false);
    }

    /** Deletes the page with its comments and likes; false when there was no such page. */
    public boolean delete(long pageId) {
        jdbc.update("DELETE FROM SANDBOX_COMMENT WHERE PAGE_ID = ?", pageId);
        jdbc.update("DELETE FROM SANDBOX_LIKE WHERE PAGE_ID = ?", pageId);
        return jdbc.update("DELETE FROM SANDBOX_PAGE WHERE ID = ?", pageId) > 0;
    }

    public Optional<SandboxPage> page(long id) {
        return jdbc.query("SELECT " + PAGE_COLUMNS + " FROM SANDBOX_PAGE WHERE ID = ?", ContentStore::page, id)
                .stream().findFirst();
    }

    public Optional<SandboxPage> find(String spaceKey, String title) {
        return jdbc.query("SELECT " + PAGE_COLUMNS + " FROM SANDBOX_PAGE WHERE SPACE_KEY = ? AND TITLE = ?",
                ContentStore::page, spaceKey, title).stream().findFirst();
    }

    /** Every page, by space and title (the storage is left out: listings do not need it). */
    public List<SandboxPage> pages() {
        return jdbc.query("SELECT ID, SPACE_KEY, TITLE, CONTENT_TYPE, '' AS STORAGE, VERSION, CREATOR, RESTRICTED_TO,"
                + " CREATED, UPDATED, COALESCE(LAST_MODIFIER, CREATOR) FROM SANDBOX_PAGE ORDER BY SPACE_KEY, TITLE", ContentStore::page);
    }

    public SandboxComment addComment(long pageId, String author, String text) {
        Instant now = clock.instant();
        long id = jdbc.insert("INSERT INTO SANDBOX_COMMENT (PAGE_ID, AUTHOR, BODY, CREATED) VALUES (?, ?, ?, ?)",
                pageId, author, text, now.toEpochMilli());
        return new SandboxComment(id, pageId, author, text, now);
    }

    public List<SandboxComment> comments(long pageId) {
        return jdbc.query("SELECT ID, PAGE_ID, AUTHOR, BODY, CREATED FROM SANDBOX_COMMENT WHERE PAGE_ID = ? ORDER BY ID",
                row -> new SandboxComment(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        Instant.ofEpochMilli(row.getLong(5))), pageId);
    }

    /** Likes the page for {@code username}; false if they already did (liking is idempotent). */
    public boolean addLike(long pageId, String username) {
        try {
            jdbc.update("INSERT INTO SANDBOX_LIKE (PAGE_ID, USERNAME, CREATED) VALUES (?, ?, ?)", pageId, username, clock.millis());
            return true;
        } catch (JdbcException e) {
            if (e.isConstraintViolation()) {
                return false;
            }
            throw e;
        }
    }

    public List<String> likes(long pageId) {
        return jdbc.query("SELECT USERNAME FROM SANDBOX_LIKE WHERE PAGE_ID = ? ORDER BY CREATED, USERNAME",
                row -> row.getString(1), pageId);
    }

    private static SandboxPage page(ResultSet row) throws SQLException {
        String restricted = row.getString(8);
        List<String> groups = restricted == null || restricted.isBlank() ? List.of()
                : Arrays.stream(restricted.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SandboxPage(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getInt(6), row.getString(7), groups, Instant.ofEpochMilli(row.getLong(9)),
                Instant.ofEpochMilli(row.getLong(10)), row.getString(11));
    }

    /** The outcome of {@link #save}. */
    public record SavedPage(long id, int version, boolean created) {
    }
}
