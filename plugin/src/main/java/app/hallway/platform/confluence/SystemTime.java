package app.hallway.platform.confluence;

import app.hallway.platform.Time;
import jakarta.inject.Named;
import java.time.Instant;

/** {@link Time} from the system clock. */
@Named
public final class SystemTime implements Time {
    @Override
    public Instant now() {
        return Instant.now();
    }
}
