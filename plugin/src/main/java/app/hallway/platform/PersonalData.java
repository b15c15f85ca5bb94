package app.hallway.platform;

/**
 * One feature's part of what Hallway holds about a person, for their rights of access and erasure (the privacy
 * page, {@code /privacy/me}). Every feature that stores personal data implements this; the privacy resource
 * asks each one, always about the person asking and nobody else.
 */
public interface PersonalData {
    /** The part's name in the export, e.g. {@code feedback}. */
    String part();

    /** What this part holds about the person: plain values (records, lists, strings) that serialise to JSON. */
    Object export(String userKey);

    /**
     * Erases what this part holds about the person, or makes it unlinkable to them where the part says so.
     *
     * @return how many records were erased or made unlinkable
     */
    int erase(String userKey);
}
