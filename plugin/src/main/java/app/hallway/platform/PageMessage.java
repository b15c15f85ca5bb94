package app.hallway.platform;

/** A page that only says something: why a Hallway page cannot be shown (not logged in, not allowed…). */
public final class PageMessage {
    private final String title;
    private final String message;

    public PageMessage(String title, String message) {
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
