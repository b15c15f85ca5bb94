package app.hallway.sandbox.content;

import java.util.List;

/** The body of {@code POST /rest/sandbox/pages}: a page from storage-format XHTML. */
public record PageRequest(String space, String title, String storage, String type, List<String> restrictedTo) {
    public PageRequest {
        restrictedTo = restrictedTo == null ? List.of() : List.copyOf(restrictedTo);
        type = type == null || type.isBlank() ? SandboxPage.PAGE : type;
    }

    /** What is wrong with this request, or null when nothing is. */
    public String problem() {
        if (space == null || !space.matches("~?[A-Za-z0-9]{1,255}")) {
            return "space: a space key of letters and digits is required";
        }
        if (title == null || title.isBlank() || title.length() > 255) {
            return "title: 1 to 255 characters are required";
        }
        if (storage == null) {
            return "storage: the page's storage-format XHTML is required";
        }
        if (!SandboxPage.PAGE.equals(type) && !SandboxPage.BLOGPOST.equals(type)) {
            return "type: page or blogpost";
        }
        return null;
    }
}
