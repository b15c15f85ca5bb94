package app.hallway.sandbox.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    public interface Part {
    }

    public static final class FirstPart implements Part {
    }

    public static final class SecondPart implements Part {
    }

    public static final class NeedsParts {
        final List<Part> parts;

        public NeedsParts(List<Part> parts) {
            this.parts = parts;
        }
    }

    @Test
    void aListArgumentReceivesEveryComponentOfItsTypeAsSpringInjectsACollection() {
        Container container = new Container().registerComponent(FirstPart.class).registerComponent(NeedsParts.class)
                .registerComponent(SecondPart.class);
        container.instantiateComponents();

        List<Part> parts = container.get(NeedsParts.class).parts;

        assertEquals(2, parts.size());
        assertSame(container.get(FirstPart.class), parts.get(0));
        assertSame(container.get(SecondPart.class), parts.get(1));
    }

    @Test
    void aListArgumentWithNothingToReceiveNamesTheClassAndTheType() {
        Container container = new Container().registerComponent(NeedsParts.class);
        ContainerException e = assertThrows(ContainerException.class, container::instantiateComponents);
        assertTrue(e.getMessage().contains(NeedsParts.class.getName()) && e.getMessage().contains(Part.class.getName()), e.getMessage());
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
