package app.hallway.announce;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Announcements} in a map, for use-case tests. */
final class InMemoryAnnouncements implements Announcements {
    private final Map<String, Announcement> byInstance = new HashMap<>();
    private final Map<String, String> hashes = new HashMap<>();

    @Override
    public synchronized Announcement register(long contentId, String macroId, String title, String textHash) {
        String key = contentId + "/" + macroId;
        Announcement known = byInstance.get(key);
        if (known == null) {
            known = new Announcement(byInstance.size() + 1L, contentId, macroId, title, 1);
        } else if (!textHash.equals(hashes.get(key))) {
            known = new Announcement(known.id(), contentId, macroId, title, known.version() + 1);
        }
        byInstance.put(key, known);
        hashes.put(key, textHash);
        return known;
    }

    @Override
    public synchronized Optional<Announcement> byId(long id) {
        return byInstance.values().stream().filter(a -> a.id() == id).findFirst();
    }

    int size() {
        return byInstance.size();
    }
}
