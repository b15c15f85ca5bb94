package app.hallway.platform;

/**
 * Tells a person something (a reminder, an answer to their feedback). Delivery is best effort: a failure is
 * logged, never thrown back into the action that caused it.
 */
public interface Notifier {
    /** True when the message was handed to the mail system. */
    boolean send(Notification notification);
}
