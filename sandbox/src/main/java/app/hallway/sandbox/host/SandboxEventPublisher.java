package app.hallway.sandbox.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * atlassian-event's {@code EventPublisher}: a registered listener's one-argument {@code @EventListener} methods
 * receive every published event assignable to their parameter. Dispatch is synchronous, on the publishing
 * thread; a failing listener is logged and the others still run, as in Confluence.
 */
public final class SandboxEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxEventPublisher.class);

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Listener {}.{} failed on {}", listener.getClass().getName(), method.getName(),
                    event.getClass().getSimpleName(), e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Listener {}.{} is not accessible", listener.getClass().getName(), method.getName(), e);
        }
    }

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }
}
