package app.hallway.announce.ao;

import app.hallway.announce.Announcement;
import app.hallway.announce.AnnouncementSettings;
import app.hallway.announce.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What this node registered in the last {@link #RECENT}: the same page version viewed again is answered from
 * memory instead of the database. What another node changes meanwhile (HR asking everyone again, a new
 * audience count) shows here within that window; what this node changes is forgotten at once. Bounded: when
 * full it starts over.
 */
final class RecentRegistrations {
    static final Duration RECENT = Duration.ofSeconds(2);
    private static final int CAPACITY = 10_000;

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentRegistrations(Duration window, LongSupplier nanoTime) {
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The announcement this very registration gave recently, or null. */
    Announcement get(Registration registration) {
        Entry entry = entries.get(key(registration));
        boolean fresh = entry != null && nanoTime.getAsLong() - entry.at() <= windowNanos;
        return fresh && entry.registration().equals(Seen.of(registration)) ? entry.announcement() : null;
    }

    void put(Registration registration, Announcement announcement) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(key(registration), new Entry(announcement, Seen.of(registration), nanoTime.getAsLong()));
    }

    void forget(long announcementId) {
        entries.values().removeIf(entry -> entry.announcement().id() == announcementId);
    }

    private static String key(Registration registration) {
        return registration.contentId() + "/" + registration.macroId();
    }

    /** A registration without its time: two page views of the same page version register the same. */
    private record Seen(String textHash, AnnouncementSettings settings, String spaceKey, String editorKey, boolean editorIsHr,
                        String title, String excerpt) {
        static Seen of(Registration r) {
            return new Seen(r.textHash(), r.settings(), r.spaceKey(), r.editorKey(), r.editorIsHr(), r.title(), r.excerpt());
        }
    }

    private record Entry(Announcement announcement, Seen registration, long at) {
    }
}
