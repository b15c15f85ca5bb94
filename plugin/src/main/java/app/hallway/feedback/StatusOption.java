package app.hallway.feedback;

/** One choice in HR's status menu: its REST value and its label in the viewer's language. */
public final class StatusOption {
    private final String value;
    private final String label;

    StatusOption(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
