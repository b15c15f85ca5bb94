package app.hallway.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * A poll as its macro defines it.
 *
 * @param closes the last day votes are taken (server time zone); null for a poll that never closes
 */
public record PollDefinition(String question, List<String> options, boolean multiple, boolean anonymous,
                             LocalDate closes, PollResults results) {
    public PollDefinition {
        options = List.copyOf(options);
    }

    /**
     * This definition as it must be stored over {@code previous}: once anyone has voted in an anonymous poll it
     * stays anonymous, whatever the macro later says, so editing the page can never reveal earlier votes.
     */
    PollDefinition keepingAnonymityOf(Poll previous) {
        if (previous != null && previous.definition().anonymous() && previous.voters() > 0 && !anonymous) {
            return new PollDefinition(question, options, multiple, true, closes, results);
        }
        return this;
    }

    boolean closedOn(LocalDate today) {
        return closes != null && today.isAfter(closes);
    }
}
