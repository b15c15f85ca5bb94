package app.hallway.leaders.confluence;

/** What {@code templates/leaders/message.vm} shows instead of a page the viewer may not see. */
public final class PageMessageView {
    private final String title;
    private final String message;

    PageMessageView(String title, String message) {
        this.title = title;
        this.message = message;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }
}
