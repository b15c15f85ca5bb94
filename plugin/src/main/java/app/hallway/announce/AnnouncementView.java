package app.hallway.announce;

import java.util.List;

/**
 * What {@code templates/announce/announcement.vm} shows: immutable, JavaBean getters only (Velocity 1.x
 * reads getters; each is on the velocity allow-list). {@link #getBodyHtml()} is sanitised rich text; every
 * label is already in the viewer's language. Three shapes: the announcement itself, a muted note for HR and
 * the page's editors when it is not shown to them, or nothing at all.
 */
public final class AnnouncementView {
    /** How the macro appears to this viewer. */
    enum Mode { SHOWN, NOTE, HIDDEN }

    private final Mode mode;
    private final Long id;
    private final String title;
    private final String bodyHtml;
    private final String lang;
    private final Priority priority;
    private final String priorityLabel;
    private final boolean interactive;
    private final List<String> problems;
    private final List<String> notes;
    private final Acknowledging acknowledging;
    private final String progressLabel;
    private final String reportUrl;
    private final boolean reactions;

    private AnnouncementView(Builder builder) {
        this.mode = builder.mode;
        this.id = builder.id;
        this.title = builder.title;
        this.bodyHtml = builder.bodyHtml;
        this.lang = builder.lang;
        this.priority = builder.priority;
        this.priorityLabel = builder.priorityLabel;
        this.interactive = builder.interactive;
        this.problems = List.copyOf(builder.problems);
        this.notes = List.copyOf(builder.notes);
        this.acknowledging = builder.acknowledging;
        this.progressLabel = builder.progressLabel;
        this.reportUrl = builder.reportUrl;
        this.reactions = builder.reactions;
    }

    static Builder builder(Mode mode) {
        return new Builder(mode);
    }

    /** True when this viewer gets no output at all (not in the audience, outside the dates, not an editor). */
    public boolean isHidden() {
        return mode == Mode.HIDDEN;
    }

    /** True when HR or a page editor gets the muted "not shown to you / scheduled / expired" note instead. */
    public boolean isNote() {
        return mode == Mode.NOTE;
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

    /** The language tag of the text shown, for the {@code lang} attribute; empty when it is the site's. */
    public String getLang() {
        return lang;
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

    /** False in exports (PDF, Word, e-mail, feeds) and previews: text without buttons. */
    public boolean isInteractive() {
        return interactive;
    }

    /** Parameter problems, for HR and the page's editors only. */
    public List<String> getProblems() {
        return problems;
    }

    /** False when the editor has parameters to fix; the template then shows {@link #getProblems()}. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Muted explanations for HR and the page's editors: why it is not shown, or why acknowledgement is inactive. */
    public List<String> getNotes() {
        return notes;
    }

    /** True when {@link #getNotes()} has something to say. */
    public boolean isWithNotes() {
        return !notes.isEmpty();
    }

    public boolean isAcknowledgementRequired() {
        return acknowledging != null;
    }

    public boolean isAcknowledged() {
        return acknowledging != null && !acknowledging.acknowledgedLabel().isEmpty();
    }

    /** "Acknowledged on 3 Dec 2026", or empty. */
    public String getAcknowledgedLabel() {
        return acknowledging == null ? "" : acknowledging.acknowledgedLabel();
    }

    /** True when the button is shown: acknowledgement asked for, not given yet, and on a live page view. */
    public boolean isCanAcknowledge() {
        return interactive && acknowledging != null && acknowledging.acknowledgedLabel().isEmpty() && acknowledging.canAcknowledge();
    }

    /** "Please acknowledge by 15 Dec 2026" (or "… was due on …" when overdue); empty without a due date. */
    public String getDueLabel() {
        return acknowledging == null ? "" : acknowledging.dueLabel();
    }

    public boolean isOverdue() {
        return acknowledging != null && acknowledging.overdue() && acknowledging.acknowledgedLabel().isEmpty();
    }

    /** Where the Acknowledge button posts (the REST resource), under Confluence's context path. */
    public String getAcknowledgeUrl() {
        return acknowledging == null ? "" : acknowledging.url();
    }

    /** "12 of 40 acknowledged", for HR and the page's author; empty for everyone else. */
    public String getProgressLabel() {
        return progressLabel;
    }

    /** The acknowledgement report, for HR; empty for everyone else. */
    public String getReportUrl() {
        return reportUrl;
    }

    /**
     * The content id of the announcement's reactions bar ({@code announcement:12}), which the feedback panel's
     * script fills in; empty in exports, previews and for anonymous viewers.
     */
    public String getReactionsContentId() {
        return reactions && id != null ? "announcement:" + id : "";
    }

    /** The acknowledgement part of a view; {@code acknowledgedLabel} is empty until the viewer acknowledged. */
    record Acknowledging(String acknowledgedLabel, String dueLabel, boolean overdue, boolean canAcknowledge, String url) {
    }

    /** Assembles a view; the use case sets what applies to the viewer. */
    static final class Builder {
        private final Mode mode;
        private Long id;
        private String title = "";
        private String bodyHtml = "";
        private String lang = "";
        private Priority priority = Priority.INFO;
        private String priorityLabel = "";
        private boolean interactive;
        private List<String> problems = List.of();
        private List<String> notes = List.of();
        private Acknowledging acknowledging;
        private String progressLabel = "";
        private String reportUrl = "";
        private boolean reactions;

        private Builder(Mode mode) {
            this.mode = mode;
        }

        Builder id(Long value) {
            this.id = value;
            return this;
        }

        Builder title(String value) {
            this.title = value;
            return this;
        }

        Builder body(String html, String language) {
            this.bodyHtml = html;
            this.lang = language;
            return this;
        }

        Builder priority(Priority value, String label) {
            this.priority = value;
            this.priorityLabel = label;
            return this;
        }

        Builder interactive(boolean value) {
            this.interactive = value;
            return this;
        }

        Builder problems(List<String> value) {
            this.problems = value;
            return this;
        }

        Builder notes(List<String> value) {
            this.notes = value;
            return this;
        }

        Builder acknowledging(Acknowledging value) {
            this.acknowledging = value;
            return this;
        }

        Builder progress(String label) {
            this.progressLabel = label;
            return this;
        }

        Builder reportUrl(String url) {
            this.reportUrl = url;
            return this;
        }

        Builder reactions(boolean value) {
            this.reactions = value;
            return this;
        }

        AnnouncementView build() {
            return new AnnouncementView(this);
        }
    }
}
