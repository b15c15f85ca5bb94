package app.hallway.announce;

import java.util.List;

/**
 * What {@code templates/announce/announcement.vm} shows: immutable, JavaBean getters only (Velocity 1.x
 * reads getters; each is on the velocity allow-list). {@link #getBodyHtml()} is sanitised rich text.
 */
public final class AnnouncementView {
    private final Long id;
    private final String title;
    private final String bodyHtml;
    private final Priority priority;
    private final String priorityLabel;
    private final boolean interactive;
    private final List<String> problems;

    public AnnouncementView(Long id, String title, String bodyHtml, Priority priority, String priorityLabel,
                            boolean interactive, List<String> problems) {
        this.id = id;
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.priority = priority;
        this.priorityLabel = priorityLabel;
        this.interactive = interactive;
        this.problems = List.copyOf(problems);
    }

    /** The announcement's id, or empty when the instance has none yet (an unsaved macro in preview). */
    public String getId() {
        return id == null ? "" : String.valueOf(id);
    }

    public String getTitle() {
        return title;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    /** The priority as used in CSS classes and data attributes: info, important, urgent. */
    public String getPriority() {
        return priority.parameterValue();
    }

    public String getPriorityLabel() {
        return priorityLabel;
    }

    /** AUI message type: urgent stands out as an error-coloured message, important as a warning. */
    public String getMessageType() {
        return switch (priority) {
            case URGENT -> "error";
            case IMPORTANT -> "warning";
            case INFO -> "info";
        };
    }

    public boolean isInteractive() {
        return interactive;
    }

    public List<String> getProblems() {
        return problems;
    }

    /** False when the editor has parameters to fix; the template then shows {@link #getProblems()}. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
