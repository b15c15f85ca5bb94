package app.hallway.feedback;

import java.util.List;

/**
 * A poll as a viewer sees it: the REST answer of {@code /polls/{id}} and what {@code templates/feedback/poll.vm}
 * shows. Immutable; JavaBean getters, each on the velocity allow-list.
 */
public final class PollView {
    private final Long id;
    private final String question;
    private final List<PollOptionView> options;
    private final boolean multiple;
    private final boolean anonymous;
    private final String closes;
    private final String closesLabel;
    private final boolean closed;
    private final boolean voted;
    private final boolean canVote;
    private final String hiddenReason;
    private final String hiddenMessage;
    private final int voters;
    private final String votersLabel;
    private final boolean interactive;
    private final List<String> problems;

    PollView(Long id, String question, List<PollOptionView> options, boolean multiple, boolean anonymous, String closes,
             String closesLabel, boolean closed, boolean voted, boolean canVote, String hiddenReason, String hiddenMessage,
             int voters, String votersLabel, boolean interactive, List<String> problems) {
        this.id = id;
        this.question = question;
        this.options = List.copyOf(options);
        this.multiple = multiple;
        this.anonymous = anonymous;
        this.closes = closes;
        this.closesLabel = closesLabel;
        this.closed = closed;
        this.voted = voted;
        this.canVote = canVote;
        this.hiddenReason = hiddenReason;
        this.hiddenMessage = hiddenMessage;
        this.voters = voters;
        this.votersLabel = votersLabel;
        this.interactive = interactive;
        this.problems = List.copyOf(problems);
    }

    /** The poll's id; null for a macro that is not saved yet (the editor's preview) or cannot work. */
    public Long getId() {
        return id;
    }

    public boolean isSaved() {
        return id != null;
    }

    public String getQuestion() {
        return question;
    }

    public List<PollOptionView> getOptions() {
        return options;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    /** The last day of voting, ISO-8601; null when it never closes. */
    public String getCloses() {
        return closes;
    }

    public String getClosesLabel() {
        return closesLabel;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isVoted() {
        return voted;
    }

    public boolean isCanVote() {
        return canVote;
    }

    public boolean isResultsVisible() {
        return hiddenReason == null;
    }

    /** Why results are hidden: {@code after-vote}, {@code after-close} or {@code too-few}; null when shown. */
    public String getHiddenReason() {
        return hiddenReason;
    }

    public String getHiddenMessage() {
        return hiddenMessage;
    }

    public int getVoters() {
        return voters;
    }

    /** "3 people have voted" in the viewer's language. */
    public String getVotersLabel() {
        return votersLabel;
    }

    /** False in exports (PDF, e-mail…): the question and options show, the form does not. */
    public boolean isInteractive() {
        return interactive;
    }

    /** What the editor should fix, in their language. */
    public List<String> getProblems() {
        return problems;
    }

    public boolean isHasProblems() {
        return !problems.isEmpty();
    }

    /** False when the macro has no question or fewer than two options: then only the problems show. */
    public boolean isValid() {
        return question != null;
    }
}
