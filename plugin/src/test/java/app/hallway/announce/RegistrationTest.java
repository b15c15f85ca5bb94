package app.hallway.announce;

import static app.hallway.announce.Fixtures.aRegistration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RegistrationTest {
    private final Announcement publishedByHana = new InMemoryAnnouncements().register(aRegistration().savedBy("hana", true).build());

    @Test
    void theFirstSaverPublishes() {
        assertEquals("eli", aRegistration().savedBy("eli", false).build().publisherAfter(null, true));
    }

    @Test
    void whoeverChangesTheAnnouncementPublishesIt() {
        assertEquals("eli", aRegistration().savedBy("eli", false).build().publisherAfter(publishedByHana, true));
    }

    @Test
    void aNonHrSaveThatLeavesItAloneKeepsThePublisher() {
        assertEquals("hana", aRegistration().savedBy("eli", false).build().publisherAfter(publishedByHana, false));
    }

    @Test
    void anHrSaveClaimsItEvenUnchanged() {
        assertEquals("pat", aRegistration().savedBy("pat", true).build().publisherAfter(publishedByHana, false));
    }

    @Test
    void anUnknownSaverOfAChangeLeavesNoPublisher() {
        assertNull(aRegistration().savedBy(null, false).build().publisherAfter(publishedByHana, true));
    }
}
