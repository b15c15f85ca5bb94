package app.hallway.announce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Dates as a reader of a language writes them ("15 Dec 2026", "15 dic 2026"). */
final class DateLabels {
    /** Building a localised formatter reads locale data; there are only as many as the site has languages. */
    private static final Map<Locale, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

    private final DateTimeFormatter format;
    private final ZoneId zone;

    DateLabels(Locale locale, ZoneId zone) {
        this.format = FORMATS.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(l));
        this.zone = zone;
    }

    static DateLabels of(Locale locale) {
        return new DateLabels(locale, ZoneId.systemDefault());
    }

    String date(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    String date(Instant instant) {
        return instant == null ? "" : format.format(LocalDate.ofInstant(instant, zone));
    }
}
