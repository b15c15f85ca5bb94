package app.hallway.announce;

import java.util.List;

/**
 * What the announcements feature holds about one person, for their export. Times are ISO-8601. An announcement's
 * title and its page's title are given only while the person may still view the page (null otherwise); the page
 * id is null for an announcement that is no longer stored.
 *
 * @param acknowledgementsKept in plain words, why erasing keeps the acknowledgements and whom to ask about them
 * @param remindersKept        in plain words, which reminders erasing keeps and why
 * @param acknowledgements     every acknowledgement they gave, oldest first
 * @param reminders            every reminder Hallway sent them, oldest first
 */
public record MyAnnouncements(String acknowledgementsKept, String remindersKept, List<Acknowledged> acknowledgements,
                              List<Reminder> reminders) {
    public MyAnnouncements {
        acknowledgements = List.copyOf(acknowledgements);
        reminders = List.copyOf(reminders);
    }

    /**
     * One acknowledgement.
     *
     * @param announcement its content id, {@code announcement:12}
     * @param version      the version of the text they confirmed
     */
    public record Acknowledged(String announcement, String title, Long pageId, String pageTitle, int version, String at) {
    }

    /**
     * One reminder sent.
     *
     * @param version the version HR required them to acknowledge
     * @param step    {@code before-due} or {@code overdue}
     */
    public record Reminder(String announcement, String title, Long pageId, String pageTitle, int version, String step, String at) {
    }
}
