package app.hallway.announce;

/**
 * A person's acknowledgement of an announcement after {@link Acknowledge}: the one that counts, whether this
 * call recorded it (false when an earlier acknowledgement already stood), and "Acknowledged on …" in their
 * language for the page to show.
 */
public record AcknowledgementState(Announcement announcement, Acknowledgement acknowledgement, boolean recordedNow, String label) {
}
