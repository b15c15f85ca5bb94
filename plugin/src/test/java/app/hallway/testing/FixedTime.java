package app.hallway.testing;

import app.hallway.platform.Time;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** {@link Time} that stands still until a test moves it. */
public final class FixedTime implements Time {
    private Instant now;

    public FixedTime(LocalDate today) {
        this.now = today.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
