package app.hallway.announce;

import app.hallway.platform.Groups;
import app.hallway.platform.Links;
import app.hallway.platform.People;
import app.hallway.platform.Texts;
import app.hallway.platform.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders an announcement macro for the person viewing the page: registers the instance (so it has an
 * identity, a version and a publisher), decides whether this viewer sees it, picks the text in their language
 * and adds the acknowledgement state. A page view costs at most four indexed reads (the instance, the HR
 * groups setting, the viewer's acknowledgement and, for HR and the author, the count) and writes only when
 * something changed; the text work is remembered per body ({@link RenderedBodies}).
 */
public final class ShowAnnouncement {
    static final int EXCERPT_LENGTH = 280;

    private final Announcements announcements;
    private final Acknowledgements acknowledgements;
    private final AnnouncementAccess access;
    private final People people;
    private final Groups groups;
    private final Texts texts;
    private final Time time;
    private final Links links;
    private final RenderedBodies bodies = new RenderedBodies();

    public ShowAnnouncement(Announcements announcements, Acknowledgements acknowledgements, AnnouncementAccess access,
                            People people, Groups groups, Texts texts, Time time, Links links) {
        this.announcements = announcements;
        this.acknowledgements = acknowledgements;
        this.access = access;
        this.people = people;
        this.groups = groups;
        this.texts = texts;
        this.time = time;
        this.links = links;
    }

    /** The macro as {@code viewerKey} (null when anonymous) sees it. */
    public AnnouncementView forViewer(MacroCall call, String viewerKey) {
        AnnouncementAccess request = access.forRequest();
        AnnouncementParameters parameters = withDirectoryProblems(AnnouncementParameters.parse(call.parameters()));
        String title = parameters.title().isEmpty() ? texts.get("hallway.announcement.untitled") : parameters.title();
        RenderedBodies.Body body = bodies.of(title, call.bodyHtml());
        boolean stored = call.registers();
        Announcement announcement = stored
                ? announcements.register(registration(call, parameters, body, title, request))
                : unsaved(call, parameters, title, viewerKey);
        boolean viewerIsHr = request.isHr(viewerKey);
        AnnouncementAccess.Rules rules = request.rules(announcement);
        Sight sight = rules.sight(viewerKey, time.today());
        // Only what editors alone see needs the (permission-checking) question whether this viewer edits the page.
        boolean forEditorsOnly = !sight.shown() || parameters.hasProblems() || rules.hrFeaturesInactive();
        boolean privileged = forEditorsOnly && (call.preview() || viewerIsHr || request.canEdit(viewerKey, call.contentId()));
        if (!sight.shown() && !privileged) {
            return AnnouncementView.builder(AnnouncementView.Mode.HIDDEN).build();
        }
        Locale locale = viewerKey == null ? Locale.ROOT : people.localeOf(viewerKey);
        DateLabels dates = DateLabels.of(locale);
        List<String> notes = new ArrayList<>();
        if (privileged) {
            notes.addAll(reasons(announcement, sight, dates));
            if (rules.hrFeaturesInactive()) {
                notes.add(inactiveNote(announcement));
            }
        }
        AnnouncementView.Builder view = AnnouncementView.builder(sight.shown() ? AnnouncementView.Mode.SHOWN : AnnouncementView.Mode.NOTE)
                .id(stored ? announcement.id() : null)
                .title(title)
                .priority(parameters.priority(), texts.get("hallway.announcement.priority." + parameters.priority().parameterValue()))
                .interactive(call.interactive())
                .problems(privileged ? problems(parameters) : List.of())
                .notes(notes);
        if (sight.shown()) {
            TranslatedText.Choice choice = viewerKey == null
                    ? new TranslatedText.Choice(body.text().defaultHtml(), parameters.lang())
                    : body.text().forReader(locale, parameters.lang());
            view.body(body.sanitised(choice), choice.lang());
            view.reactions(stored && viewerKey != null && call.interactive());
            if (rules.acknowledgementActive()) {
                view.acknowledging(acknowledging(announcement, viewerKey, stored, dates));
            }
        }
        // HR sees the count and the report even on the note of an announcement that is not for them.
        if (stored && rules.acknowledgementActive()) {
            progressAndReport(view, announcement, viewerKey, viewerIsHr, call.authorKey());
        }
        return view.build();
    }

    private Registration registration(MacroCall call, AnnouncementParameters parameters, RenderedBodies.Body body, String title,
                                      AnnouncementAccess request) {
        return new Registration(call.contentId(), call.macroId(), call.spaceKey(), title, body.excerpt(), body.fingerprint(),
                parameters.settings(), call.editorKey(), request.isHr(call.editorKey()), time.now());
    }

    /**
     * Not recorded: a preview (whose publisher-to-be is the editor typing it) or an export (published by
     * whoever last saved the page).
     */
    private Announcement unsaved(MacroCall call, AnnouncementParameters parameters, String title, String viewerKey) {
        String publisher = call.preview() ? viewerKey : call.editorKey();
        return new Announcement(0, call.contentId(), call.macroId(), call.spaceKey(), title, "", 1, 1, parameters.settings(),
                publisher, time.now(), time.now(), -1);
    }

    private AnnouncementParameters withDirectoryProblems(AnnouncementParameters parameters) {
        List<ParameterProblem> unknown = parameters.audience().stream()
                .filter(group -> !people.groupExists(group))
                .map(group -> new ParameterProblem("audience", "hallway.macro.error.unknown-group", List.of(group)))
                .toList();
        return unknown.isEmpty() ? parameters : parameters.withProblems(unknown);
    }

    private List<String> problems(AnnouncementParameters parameters) {
        return parameters.problems().stream()
                .map(problem -> texts.get(problem.messageKey(), problem.arguments().toArray()))
                .toList();
    }

    private List<String> reasons(Announcement announcement, Sight sight, DateLabels dates) {
        List<String> reasons = new ArrayList<>();
        if (!sight.inAudience()) {
            reasons.add(texts.get("hallway.announcement.note.not-in-audience", String.join(", ", announcement.settings().audience())));
        }
        if (sight.scheduled()) {
            reasons.add(texts.get("hallway.announcement.note.scheduled", dates.date(announcement.settings().from())));
        }
        if (sight.expired()) {
            reasons.add(texts.get("hallway.announcement.note.expired", dates.date(announcement.settings().until())));
        }
        return reasons;
    }

    private String inactiveNote(Announcement announcement) {
        String publisher = Optional.ofNullable(announcement.publisherKey())
                .flatMap(people::byKey)
                .map(person -> person.displayName())
                .orElseGet(() -> texts.get("hallway.announcement.note.someone"));
        return texts.get("hallway.announcement.note.inactive", publisher);
    }

    private AnnouncementView.Acknowledging acknowledging(Announcement announcement, String viewerKey, boolean stored, DateLabels dates) {
        String acknowledged = stored && viewerKey != null
                ? acknowledgements.latest(announcement.id(), viewerKey)
                        .filter(ack -> ack.counts(announcement))
                        .map(ack -> texts.get("hallway.announcement.acknowledged-on", dates.date(ack.at())))
                        .orElse("")
                : "";
        AnnouncementSettings settings = announcement.settings();
        boolean overdue = settings.isOverdue(time.today());
        String due = settings.due() == null ? ""
                : texts.get(overdue ? "hallway.announcement.was-due" : "hallway.announcement.due", dates.date(settings.due()));
        return new AnnouncementView.Acknowledging(acknowledged, due, overdue, stored && viewerKey != null,
                AnnouncementLinks.acknowledgements(links, announcement.id()));
    }

    /** "N of M acknowledged" for HR and the page's author; the report link for HR. */
    private void progressAndReport(AnnouncementView.Builder view, Announcement announcement, String viewerKey, boolean hr,
                                   String authorKey) {
        if (viewerKey == null || !(hr || viewerKey.equals(authorKey))) {
            return;
        }
        int audience = announcement.audienceSize();
        if (audience < 0) {
            // First view by someone who sees the count: count once and keep it; the reminder job and the
            // report refresh it as groups change.
            audience = Audience.of(announcement.settings().audience(), groups).size();
            announcements.recordAudienceSize(announcement.id(), audience);
        }
        int acknowledged = acknowledgements.countFrom(announcement.id(), announcement.requiredVersion());
        view.progress(texts.get("hallway.announcement.progress", acknowledged, audience));
        if (hr) {
            view.reportUrl(AnnouncementLinks.report(links, announcement.id()));
        }
    }
}
