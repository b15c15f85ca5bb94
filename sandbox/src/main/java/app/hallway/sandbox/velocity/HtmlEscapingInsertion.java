package app.hallway.sandbox.velocity;

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
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
