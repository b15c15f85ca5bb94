package app.hallway.announce.confluence;

import app.hallway.platform.PersonalData;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The announcements feature's part of the privacy page's export and erasure: {@link app.hallway.announce.AnnouncementPrivacy}
 * (acknowledgements are kept, the reminder log is erased where that cannot repeat a reminder).
 */
@Named
public final class AnnouncementPersonalData implements PersonalData {
    private final AnnouncementUseCases useCases;

    @Inject
    public AnnouncementPersonalData(AnnouncementUseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String part() {
        return "announcements";
    }

    @Override
    public Object export(String userKey) {
        return useCases.privacy().export(userKey);
    }

    @Override
    public int erase(String userKey) {
        return useCases.privacy().erase(userKey);
    }
}
