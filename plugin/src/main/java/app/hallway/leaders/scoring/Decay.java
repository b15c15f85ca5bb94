package app.hallway.leaders.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Exponential decay of one interaction event: weight {@code 2^(-age / halfLife)}, with age in days
 * between the event and the "as of" date, and weight 0 outside the window. The window is
 * {@code [asOf - window, asOf]}: an event exactly one window old still counts, an event after
 * {@code asOf} has not happened yet as far as the score is concerned.
 *
 * <p>Immutable and thread-safe.
 */
public final class Decay {

    /** The method's default half-life (a setting). */
    public static final int DEFAULT_HALF_LIFE_DAYS = 180;
    /** The method's window. */
    public static final Period DEFAULT_WINDOW = Period.ofMonths(18);

    private final int halfLifeDays;
    private final Period window;

    /**
     * @param halfLifeDays days after which an event counts half, positive
     * @param window how far back events count at all, positive
     */
    public Decay(int halfLifeDays, Period window) {
        if (halfLifeDays <= 0) {
            throw new IllegalArgumentException("half-life must be positive: " + halfLifeDays);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.halfLifeDays = halfLifeDays;
        this.window = window;
    }

    /** Half-life 180 days over an 18-month window. */
    public static Decay standard() {
        return new Decay(DEFAULT_HALF_LIFE_DAYS, DEFAULT_WINDOW);
    }

    /** The decayed weight of one event on {@code event} as seen on {@code asOf}: in (0, 1], or 0 outside the window. */
    public double weight(LocalDate event, LocalDate asOf) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(asOf, "asOf");
        if (event.isAfter(asOf) || event.isBefore(asOf.minus(window))) {
            return 0;
        }
        long ageDays = ChronoUnit.DAYS.between(event, asOf);
        return Math.pow(0.5, (double) ageDays / halfLifeDays);
    }

    public int halfLifeDays() {
        return halfLifeDays;
    }

    public Period window() {
        return window;
    }
}
