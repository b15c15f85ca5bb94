package com.atlassian.event.api;

/** Mirror of atlassian-event's {@code EventPublisher}. */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
