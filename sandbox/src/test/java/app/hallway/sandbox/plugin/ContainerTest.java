package app.hallway.sandbox.plugin;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerTest {
    public static final class NeedsClock {
        final Clock clock;

        public NeedsClock(Clock clock) {
            this.clock = clock;
        }
    }

    public static final class NeedsRunnable {
        public NeedsRunnable(Runnable task) {
        }
    }

    @Test
    void constructorArgumentsAreResolvedByTypeAndComponentsAreSingletons() {
        Clock clock = Clock.systemUTC();
        Container container = new Container().registerHost(Clock.class, clock).registerComponent(NeedsClock.class);
        container.instantiateComponents();
        assertSame(clock, container.get(NeedsClock.class).clock);
        assertSame(container.get(NeedsClock.class), container.create(NeedsClock.class));
    }

    @Test
    void aMissingDependencyNamesTheClassAndTheParameter() {
        Container container = new Container().registerComponent(NeedsRunnable.class);
        ContainerException e = assertThrows(ContainerException.class, container::instantiateComponents);
        assertTrue(e.getMessage().contains(NeedsRunnable.class.getName()) && e.getMessage().contains("java.lang.Runnable task"),
                e.getMessage());
    }

    @Test
    void anImportWithoutAHostImplementationFailsAtStartUp() {
        ContainerException e = assertThrows(ContainerException.class, () -> new Container().checkImports(List.of(Runnable.class)));
        assertTrue(e.getMessage().contains("java.lang.Runnable"), e.getMessage());
    }
}
