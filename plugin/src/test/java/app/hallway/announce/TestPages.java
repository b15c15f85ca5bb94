package app.hallway.announce;

import app.hallway.platform.ContentRef;
import app.hallway.platform.Contents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pages for use-case tests: everyone views a page unless it is restricted to groups; editors are listed. */
final class TestPages implements Contents, AnnouncementPages {
    private final TestDirectory directory;
    private final Map<Long, Page> pages = new HashMap<>();
    private final Set<String> removedMacros = new java.util.HashSet<>();

    TestPages(TestDirectory directory) {
        this.directory = directory;
    }

    TestPages page(long id, String spaceKey, String... editorUsernames) {
        pages.put(id, new Page(spaceKey, List.of(), Set.of(editorUsernames).stream().map(TestDirectory::key).collect(java.util.stream.Collectors.toSet())));
        return this;
    }

    TestPages restrict(long id, String... groups) {
        Page page = pages.get(id);
        pages.put(id, new Page(page.spaceKey(), List.of(groups), page.editors()));
        return this;
    }

    void delete(long id) {
        pages.remove(id);
    }

    /** The page's editor deletes the macro from it. */
    void removeMacro(long id, String macroId) {
        removedMacros.add(id + "/" + macroId);
    }

    @Override
    public boolean stillOn(long contentId, String macroId) {
        return pages.containsKey(contentId) && !removedMacros.contains(contentId + "/" + macroId);
    }

    @Override
    public Optional<ContentRef> find(long contentId) {
        Page page = pages.get(contentId);
        return page == null ? Optional.empty() : Optional.of(new ContentRef(contentId, "page", "Page " + contentId, page.spaceKey(), false));
    }

    @Override
    public boolean canView(String userKey, long contentId) {
        Page page = pages.get(contentId);
        return page != null && (directory.isAdministrator(userKey) || page.restrictedTo().isEmpty()
                || page.restrictedTo().stream().anyMatch(g -> directory.isInGroup(userKey, g)));
    }

    @Override
    public boolean canEdit(String userKey, long contentId) {
        Page page = pages.get(contentId);
        return page != null && canView(userKey, contentId) && page.editors().contains(userKey);
    }

    private record Page(String spaceKey, List<String> restrictedTo, Set<String> editors) {
    }
}
