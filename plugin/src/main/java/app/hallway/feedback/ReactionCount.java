package app.hallway.feedback;

/** One reaction on one item as a viewer sees it: how many gave it and whether they did. JSON and Velocity. */
public final class ReactionCount {
    private final String reaction;
    private final int count;
    private final boolean mine;

    public ReactionCount(String reaction, int count, boolean mine) {
        this.reaction = reaction;
        this.count = count;
        this.mine = mine;
    }

    public String getReaction() {
        return reaction;
    }

    public int getCount() {
        return count;
    }

    public boolean isMine() {
        return mine;
    }
}
