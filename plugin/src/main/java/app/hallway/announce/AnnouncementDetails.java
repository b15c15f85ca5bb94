package app.hallway.announce;

/**
 * One announcement as a viewer may read it through REST.
 *
 * @param acknowledgement the viewer's acknowledgement that counts, or null
 * @param acknowledged    for HR: how many acknowledgements count; null for everyone else
 * @param audienceSize    for HR: how many people the audience held when last counted (-1: not yet); null otherwise
 */
public record AnnouncementDetails(Announcement announcement, boolean acknowledgementRequired, Acknowledgement acknowledgement,
                                  boolean overdue, Integer acknowledged, Integer audienceSize) {
}
