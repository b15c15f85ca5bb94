package app.hallway.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** {@code atlassian-plugin.xml}, read for what the packaging test checks. */
final class Descriptor {
    /** What a class named in an attribute must be, by the element that names it. */
    private static final Map<String, String> REQUIRED_TYPE_BY_ELEMENT = Map.of(
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "context-provider", "com.atlassian.plugin.web.ContextProvider",
            "condition", "com.atlassian.plugin.web.Condition",
            "servlet", "jakarta.servlet.http.HttpServlet",
            "servlet-filter", "jakarta.servlet.Filter");

    private final Document document;

    Descriptor(Document document) {
        this.document = document;
    }

    Element root() {
        return document.getDocumentElement();
    }

    String pluginInfoParam(String name) {
        for (Element param : elements(root(), "param")) {
            if (param.getParentNode().getNodeName().equals("plugin-info") && name.equals(param.getAttribute("name"))) {
                return param.getTextContent().trim();
            }
        }
        return null;
    }

    List<Element> modules(String tag) {
        List<Element> modules = new ArrayList<>();
        NodeList children = root().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                modules.add(element);
            }
        }
        return modules;
    }

    List<ClassReference> classReferences() {
        List<ClassReference> references = new ArrayList<>();
        REQUIRED_TYPE_BY_ELEMENT.forEach((tag, type) -> {
            for (Element element : elements(root(), tag)) {
                if (!element.getAttribute("class").isBlank()) {
                    references.add(new ClassReference(tag, element.getAttribute("class"), type));
                }
            }
        });
        for (Element ao : modules("ao")) {
            for (Element entity : elements(ao, "entity")) {
                references.add(new ClassReference("ao entity", entity.getTextContent().trim(), "net.java.ao.RawEntity"));
            }
            for (Element task : elements(ao, "upgradeTask")) {
                references.add(new ClassReference("ao upgradeTask", task.getTextContent().trim(),
                        "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"));
            }
        }
        return references;
    }

    Set<String> allowListedMethods() {
        Set<String> methods = new TreeSet<>();
        for (Element list : modules("velocity-allowlist")) {
            for (Element method : elements(list, "method")) {
                methods.add(method.getTextContent().trim());
            }
        }
        return methods;
    }

    static List<Element> elements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** A class the descriptor names, and the type its module requires of it. */
    record ClassReference(String module, String className, String requiredType) {
        @Override
        public String toString() {
            return module + " " + className;
        }
    }
}
