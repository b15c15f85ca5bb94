package app.hallway.platform;

/** Where someone stands in the directory, for those it still holds (a deleted user is in it no more). */
public enum Presence {
    /** Can log in and take part. */
    ACTIVE,
    /** Still in the directory, keeping authorship of what they wrote, but no longer able to log in. */
    DEACTIVATED
}
