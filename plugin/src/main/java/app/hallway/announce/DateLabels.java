package app.hallway.announce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a reader of a language writes them ("15 Dec 2026", "15 dic 2026"). */
final class DateLabels {
    private final DateTimeFormatter format;
    private final ZoneId zone;

    DateLabels(Locale locale, ZoneId zone) {
        this.format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
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
