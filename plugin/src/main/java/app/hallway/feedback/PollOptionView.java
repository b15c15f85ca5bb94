package app.hallway.feedback;

import java.util.List;

/**
 * One option of a poll as a viewer sees it. Votes and percentages are null while the poll hides its results
 * from this viewer; voter names only ever appear for named polls.
 */
public final class PollOptionView {
    private final int index;
    private final String text;
    private final Integer votes;
    private final Integer percent;
    private final boolean chosen;
    private final List<String> voterNames;
    private final String votesLabel;

    PollOptionView(int index, String text, Integer votes, Integer percent, boolean chosen, List<String> voterNames, String votesLabel) {
        this.index = index;
        this.text = text;
        this.votes = votes;
        this.percent = percent;
        this.chosen = chosen;
        this.voterNames = List.copyOf(voterNames);
        this.votesLabel = votesLabel;
    }

    /** "3 votes (60%)" in the viewer's language; null while results are hidden. */
    public String getVotesLabel() {
        return votesLabel;
    }

    public int getIndex() {
        return index;
    }

    public String getText() {
        return text;
    }

    public Integer getVotes() {
        return votes;
    }

    public Integer getPercent() {
        return percent;
    }

    /** Whether the viewer's ballot includes this option. */
    public boolean isChosen() {
        return chosen;
    }

    public List<String> getVoterNames() {
        return voterNames;
    }

    public boolean isHasVoters() {
        return !voterNames.isEmpty();
    }

    /** "Ana, Eli" for named polls; empty when there are none (always, for anonymous polls). */
    public String getVoterList() {
        return String.join(", ", voterNames);
    }
}
