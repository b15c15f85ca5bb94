package app.hallway.platform;

/** One option of a menu on a page: its value, its label in the viewer's language, and whether it is chosen. */
public final class Choice {
    private final String value;
    private final String label;
    private final boolean selected;

    public Choice(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
