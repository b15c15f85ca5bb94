package app.hallway.sandbox.render;

import app.hallway.sandbox.SafeXml;
import app.hallway.sandbox.web.Html;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.xhtml.api.MacroDefinition;
import com.atlassian.confluence.xhtml.api.MacroId;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Renders Confluence storage format to HTML for viewing: XHTML passes through (minus scripts and event
 * handlers), {@code ac:structured-macro}s of the plugin's xhtml-macro modules run through
 * {@link Macro#execute} with a conversion context carrying the page, its space, the output type and the
 * {@code macroDefinition}. Rich-text bodies are rendered first, nested macros included. Unknown macros show a
 * placeholder and a failing macro shows its message the way Confluence shows it; the page always renders.
 */
public final class StorageFormatRenderer {
    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatRenderer.class);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "input", "wbr");
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed");

    private final Map<String, Macro> macros;

    public StorageFormatRenderer(Map<String, Macro> macros) {
        this.macros = Map.copyOf(macros);
    }

    /** The HTML of {@code storage} as {@code entity} shows it, for {@code outputType} ("display", "pdf", …). */
    public String render(String storage, SpaceContentEntityObject entity, String outputType) {
        Element root;
        try {
            root = SafeXml.parse("<ac:root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"http://atlassian.com/template\">"
                    + XhtmlEntities.toNumeric(storage) + "</ac:root>", true).getDocumentElement();
        } catch (IOException | SAXException e) {
            return error("The page's storage format is not well-formed XHTML", e.getMessage());
        }
        StringBuilder out = new StringBuilder();
        children(root, new Call(entity, outputType), out);
        return out.toString();
    }

    private void children(Node parent, Call call, StringBuilder out) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            node(nodes.item(i), call, out);
        }
    }

    private void node(Node node, Call call, StringBuilder out) {
        switch (node.getNodeType()) {
            case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.append(Html.escape(node.getNodeValue()));
            case Node.ELEMENT_NODE -> element((Element) node, call, out);
            default -> {
                // Comments and processing instructions are not shown.
            }
        }
    }

    private void element(Element element, Call call, StringBuilder out) {
        if (AC.equals(element.getNamespaceURI())) {
            confluenceElement(element, call, out);
        } else if (element.getNamespaceURI() == null) {
            htmlElement(element, call, out);
        } else {
            children(element, call, out);
        }
    }

    private void htmlElement(Element element, Call call, StringBuilder out) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        tag = tag.toLowerCase(Locale.ROOT);
        if (DROPPED.contains(tag)) {
            return;
        }
        out.append('<').append(tag);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (name.startsWith("on") || name.startsWith("xmlns") || value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                continue;
            }
            out.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
        }
        if (VOID.contains(tag)) {
            out.append("/>");
            return;
        }
        out.append('>');
        children(element, call, out);
        out.append("</").append(tag).append('>');
    }

    private void confluenceElement(Element element, Call call, StringBuilder out) {
        switch (element.getLocalName()) {
            case "structured-macro", "macro" -> macro(element, call, out);
            case "link" -> link(element, out);
            case "emoticon" -> out.append("<span class=\"sandbox-emoticon\">:").append(Html.escape(attr(element, "name"))).append(":</span>");
            case "placeholder", "parameter" -> {
                // Editor hints and stray parameters are not shown.
            }
            default -> children(element, call, out);
        }
    }

    private void link(Element link, StringBuilder out) {
        Element page = firstChild(link, RI, "page");
        String title = page == null ? "" : page.getAttributeNS(RI, "content-title");
        String text = link.getTextContent().strip();
        out.append("<a class=\"confluence-link\" href=\"/pages/by-title?title=").append(Html.escape(Html.urlEncode(title))).append("\">")
                .append(Html.escape(text.isEmpty() ? title : text)).append("</a>");
    }

    private void macro(Element element, Call call, StringBuilder out) {
        String name = element.getAttributeNS(AC, "name");
        Macro macro = macros.get(name);
        if (macro == null) {
            out.append("<div class=\"sandbox-unknown-macro\" data-macro-name=\"").append(Html.escape(name))
                    .append("\"><span class=\"aui-lozenge\">").append(Html.escape(name))
                    .append("</span> This macro is not installed in the sandbox.</div>");
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && AC.equals(child.getNamespaceURI())) {
                switch (child.getLocalName()) {
                    case "parameter" -> parameters.put(child.getAttributeNS(AC, "name"), child.getTextContent());
                    case "rich-text-body" -> {
                        StringBuilder html = new StringBuilder();
                        children(child, call, html);
                        body = html.toString();
                    }
                    case "plain-text-body" -> body = child.getTextContent();
                    default -> {
                        // Other children (ac:macro-id in old formats) carry nothing a macro reads.
                    }
                }
            }
        }
        out.append(execute(macro, name, element.getAttributeNS(AC, "macro-id"), parameters, body, call));
    }

    private String execute(Macro macro, String name, String macroId, Map<String, String> parameters, String body, Call call) {
        SandboxConversionContext context = new SandboxConversionContext(call.entity(),
                call.entity() == null ? null : call.entity().getSpaceKey(), call.outputType());
        MacroDefinition definition = new MacroDefinition();
        definition.setName(name);
        if (macroId != null && !macroId.isEmpty()) {
            definition.setMacroIdentifier(MacroId.fromString(macroId));
        }
        context.setProperty("macroDefinition", definition);
        try {
            String html = macro.execute(parameters, body, context);
            return html == null ? "" : html;
        } catch (MacroExecutionException e) {
            return error("Error rendering macro '" + name + "'", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Macro {} failed on content {}", name, call.entity() == null ? "-" : call.entity().getId(), e);
            return error("Error rendering macro '" + name + "'", e.toString());
        }
    }

    private static String error(String title, String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-render-error\"><p class=\"title\"><strong>"
                + Html.escape(title) + "</strong></p><p>" + Html.escape(message == null ? "" : message) + "</p></div>";
    }

    private static Element firstChild(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    private static String attr(Element element, String localName) {
        return element.getAttributeNS(AC, localName);
    }

    private record Call(SpaceContentEntityObject entity, String outputType) {
    }
}
