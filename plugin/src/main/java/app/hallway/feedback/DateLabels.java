package app.hallway.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a reader sees them, in their language: a day ("29 Nov 2026"), or a day and a time. */
final class DateLabels {
    private final DateTimeFormatter day;
    private final DateTimeFormatter moment;

    DateLabels(Locale locale) {
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /** An instant that stands for a whole UTC day (anonymous feedback). */
    String day(Instant startOfUtcDay) {
        return day.format(LocalDate.ofInstant(startOfUtcDay, ZoneOffset.UTC));
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    String moment(Instant at) {
        return at == null ? null : moment.format(at);
    }
}
