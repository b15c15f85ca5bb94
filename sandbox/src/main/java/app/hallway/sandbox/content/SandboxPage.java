package app.hallway.sandbox.content;

import java.time.Instant;
import java.util.List;

/**
 * A page or blog post as the sandbox stores it: storage-format XHTML plus who may see it.
 *
 * @param lastModifier who saved the current version (Confluence's last modifier)
 */
public record SandboxPage(long id, String spaceKey, String title, String type, String storage, int version,
                          String creator, List<String> restrictedTo, Instant created, Instant updated, String lastModifier) {
    public static final String PAGE = "page";
    public static final String BLOGPOST = "blogpost";

    public SandboxPage {
        restrictedTo = List.copyOf(restrictedTo);
    }
}
