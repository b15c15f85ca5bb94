package app.hallway.announce;

import app.hallway.platform.Links;

/** The URLs of announcement pages, in one place so the macro, the feed, mails and the report agree. */
public final class AnnouncementLinks {
    /** The report servlet's path under {@code /plugins/servlet}; the descriptor's url-pattern must match. */
    public static final String REPORT_SERVLET = "/hallway/announcement-report";
    static final String REST = "/rest/hallway/1.0/announcements/";
    /** The {@code hallway-announce} web resource's download path (plugin key {@code app.hallway}). */
    static final String RESOURCES = "/download/resources/app.hallway:hallway-announce";

    private AnnouncementLinks() {
    }

    /** The application path of a page or blog post (Confluence's stable form). */
    public static String page(long contentId) {
        return "/pages/viewpage.action?pageId=" + contentId;
    }

    public static String report(Links links, long announcementId) {
        return links.relative("/plugins/servlet" + REPORT_SERVLET + "?id=" + announcementId);
    }

    public static String acknowledgements(Links links, long announcementId) {
        return links.relative(REST + announcementId + "/acknowledgements");
    }

    public static String requiredVersion(Links links, long announcementId) {
        return links.relative(REST + announcementId + "/required-version");
    }
}
