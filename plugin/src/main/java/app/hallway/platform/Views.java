package app.hallway.platform;

/**
 * Renders a Velocity template over one immutable view object, exposed to the template as {@code $view},
 * with {@code $text} for labels. Output is HTML-escaped by the host except {@code …Html} getters.
 */
public interface Views {
    String render(String template, Object view);
}
