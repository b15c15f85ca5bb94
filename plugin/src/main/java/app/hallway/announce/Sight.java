package app.hallway.announce;

/**
 * Whether a viewer sees an announcement today, and if not, why: the reasons the muted note gives HR and the
 * page's editors. An anonymous viewer is in an audience only when it is everyone.
 */
public record Sight(boolean inAudience, boolean scheduled, boolean expired) {
    public boolean shown() {
        return inAudience && !scheduled && !expired;
    }
}
