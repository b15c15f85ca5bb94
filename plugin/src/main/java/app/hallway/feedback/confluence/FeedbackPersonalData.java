package app.hallway.feedback.confluence;

import app.hallway.platform.PersonalData;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The feedback feature's part of the privacy page's export and erasure: {@link app.hallway.feedback.FeedbackPrivacy}. */
@Named
public final class FeedbackPersonalData implements PersonalData {
    private final FeedbackWiring wiring;

    @Inject
    public FeedbackPersonalData(FeedbackWiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public String part() {
        return "feedback";
    }

    @Override
    public Object export(String userKey) {
        return wiring.useCases().privacy().export(userKey);
    }

    @Override
    public int erase(String userKey) {
        return wiring.useCases().privacy().erase(userKey);
    }
}
