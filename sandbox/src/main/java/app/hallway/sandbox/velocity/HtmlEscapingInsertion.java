package app.hallway.sandbox.velocity;

import app.hallway.sandbox.web.Html;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/** Escapes every inserted reference that {@link HtmlSafeReferences} does not call safe. One per rendering. */
final class HtmlEscapingInsertion implements ReferenceInsertionEventHandler {
    private final boolean escapingDisabled;

    HtmlEscapingInsertion(boolean escapingDisabled) {
        this.escapingDisabled = escapingDisabled;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || escapingDisabled || HtmlSafeReferences.isHtmlSafe(reference)) {
            return value;
        }
        return escape(value.toString());
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
