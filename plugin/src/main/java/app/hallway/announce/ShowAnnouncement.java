package app.hallway.announce;

import app.hallway.platform.RichText;
import app.hallway.platform.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Renders an announcement macro for the person viewing the page: registers the instance (so it has an
 * identity and a version), sanitises the body and turns parameter problems into the editor's language.
 */
public final class ShowAnnouncement {
    private final Announcements announcements;
    private final Texts texts;

    public ShowAnnouncement(Announcements announcements, Texts texts) {
        this.announcements = announcements;
        this.texts = texts;
    }

    public AnnouncementView forViewer(MacroCall call) {
        AnnouncementParameters parameters = AnnouncementParameters.parse(call.parameters());
        String body = RichText.sanitize(call.bodyHtml());
        String title = parameters.title().isEmpty() ? texts.get("hallway.announcement.untitled") : parameters.title();
        Long id = null;
        if (call.contentId() > 0 && call.macroId() != null && !call.macroId().isBlank()) {
            id = announcements.register(call.contentId(), call.macroId(), title, hash(title, body)).id();
        }
        List<String> problems = parameters.problems().stream()
                .map(problem -> texts.get(problem.messageKey(), problem.arguments().toArray()))
                .toList();
        return new AnnouncementView(id, title, body, parameters.priority(),
                texts.get("hallway.announcement.priority." + parameters.priority().parameterValue()),
                call.interactive(), problems);
    }

    private static String hash(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
