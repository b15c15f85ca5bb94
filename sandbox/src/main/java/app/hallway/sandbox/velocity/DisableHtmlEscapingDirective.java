package app.hallway.sandbox.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #disable_html_escaping()}: renders nothing; the renderer sees it in the template's source and turns
 * escaping off for the whole template, as Confluence's template renderer does.
 */
public final class DisableHtmlEscapingDirective extends Directive {
    static final String MARKER = "#disable_html_escaping()";

    @Override
    public String getName() {
        return "disable_html_escaping";
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
