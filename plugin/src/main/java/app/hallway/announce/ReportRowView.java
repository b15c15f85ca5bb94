package app.hallway.announce;

/** One person in {@code templates/announce/report.vm}. */
public final class ReportRowView {
    private final String name;
    private final String username;
    private final String status;
    private final String statusLabel;
    private final String versionLabel;
    private final String acknowledgedAtLabel;
    private final String groups;

    ReportRowView(String name, String username, String status, String statusLabel, String versionLabel, String acknowledgedAtLabel,
                  String groups) {
        this.name = name;
        this.username = username;
        this.status = status;
        this.statusLabel = statusLabel;
        this.versionLabel = versionLabel;
        this.acknowledgedAtLabel = acknowledgedAtLabel;
        this.groups = groups;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    /** acknowledged, pending or overdue: for the lozenge's CSS class. */
    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    /** The version they acknowledged ("2"), with a note when it no longer counts; empty if none. */
    public String getVersionLabel() {
        return versionLabel;
    }

    public String getAcknowledgedAtLabel() {
        return acknowledgedAtLabel;
    }

    public String getGroups() {
        return groups;
    }
}
