package app.hallway.platform;

/**
 * Where Confluence serves things, so Hallway's links work under any context path. Paths are application
 * paths such as {@code /pages/viewpage.action?pageId=12}: what {@link Notification#link()} carries.
 */
public interface Links {
    /** The path Confluence is served under: {@code ""} at the root, {@code "/confluence"} under a context path. */
    String contextPath();

    /** The absolute URL of an application path, for e-mail and other places outside the browser. */
    String absolute(String path);

    /** An application path as the browser needs it: under the context path. */
    default String relative(String path) {
        return contextPath() + path;
    }
}
