package app.hallway.sandbox.plugin;

import app.hallway.sandbox.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the sandbox needs from {@code atlassian-plugin.xml}, read the way Confluence's module descriptors read
 * it: the plugin key, the AO namespace, i18n bundles and the xhtml-macro, web-panel, servlet, rest,
 * web-resource and velocity-allowlist modules. Unknown modules are ignored, as a host without them would.
 */
public final class PluginDescriptor {
    public static final String FILE = "atlassian-plugin.xml";

    private final String key;
    private final String aoNamespace;
    private final List<String> aoEntities;
    private final List<String> i18nLocations = new ArrayList<>();
    private final List<MacroModule> macros = new ArrayList<>();
    private final List<WebPanelModule> webPanels = new ArrayList<>();
    private final List<ServletModule> servlets = new ArrayList<>();
    private final List<WebResourceModule> webResources = new ArrayList<>();
    private final List<JobConfigModule> jobs = new ArrayList<>();
    private final Set<String> allowlistedMethods = new LinkedHashSet<>();
    private RestModule rest;

    private PluginDescriptor(Element root) {
        key = root.getAttribute("key");
        Element ao = first(root, "ao");
        aoNamespace = ao != null && !ao.getAttribute("namespace").isBlank() ? ao.getAttribute("namespace") : key;
        aoEntities = ao == null ? List.of() : texts(ao, "entity");
        for (Element child : children(root, null)) {
            readModule(child);
        }
        webPanels.sort((a, b) -> Integer.compare(a.weight(), b.weight()));
    }

    /** Reads {@code resourceRoot + "atlassian-plugin.xml"} from {@code loader}; fails if it is not there. */
    public static PluginDescriptor load(ClassLoader loader, String resourceRoot) {
        String name = resourceRoot + FILE;
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No plugin descriptor " + name + " on the class path: is the plugin jar there?");
            }
            Document document = SafeXml.parse(in, false);
            return new PluginDescriptor(document.getDocumentElement());
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("Cannot read the plugin descriptor " + name + ": " + e.getMessage(), e);
        }
    }

    private void readModule(Element module) {
        switch (module.getTagName()) {
            case "resource" -> {
                if ("i18n".equals(module.getAttribute("type"))) {
                    i18nLocations.add(module.getAttribute("location"));
                }
            }
            case "xhtml-macro" -> macros.add(new MacroModule(module.getAttribute("key"), module.getAttribute("name"),
                    module.getAttribute("class")));
            case "web-panel" -> webPanels.add(webPanel(module));
            case "servlet" -> servlets.add(new ServletModule(module.getAttribute("key"), module.getAttribute("class"),
                    texts(module, "url-pattern")));
            case "rest" -> rest = new RestModule(module.getAttribute("key"), module.getAttribute("path"),
                    module.getAttribute("version"), texts(module, "package"));
            case "web-resource" -> webResources.add(webResource(module));
            case "velocity-allowlist" -> texts(module, "method").forEach(m -> allowlistedMethods.add(m.replaceAll("\\s", "")));
            case "job-config" -> jobs.add(job(module));
            default -> {
                // Modules the sandbox does not host (web-item, …) are skipped.
            }
        }
    }

    private static WebPanelModule webPanel(Element module) {
        Element provider = first(module, "context-provider");
        Map<String, String> params = new LinkedHashMap<>();
        if (provider != null) {
            for (Element param : children(provider, "param")) {
                params.put(param.getAttribute("name"), param.hasAttribute("value") ? param.getAttribute("value") : param.getTextContent().trim());
            }
        }
        String type = "static";
        String template = "";
        boolean inline = false;
        for (Element resource : children(module, "resource")) {
            if ("view".equals(resource.getAttribute("name"))) {
                type = resource.getAttribute("type");
                inline = !resource.hasAttribute("location");
                template = inline ? resource.getTextContent() : resource.getAttribute("location");
            }
        }
        String weight = module.getAttribute("weight");
        return new WebPanelModule(module.getAttribute("key"), module.getAttribute("location"),
                weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()),
                provider == null ? null : provider.getAttribute("class"), params, type, template, inline);
    }

    private static WebResourceModule webResource(Element module) {
        List<WebResourceModule.Download> downloads = new ArrayList<>();
        for (Element resource : children(module, "resource")) {
            if ("download".equals(resource.getAttribute("type"))) {
                downloads.add(new WebResourceModule.Download(resource.getAttribute("name"), resource.getAttribute("location")));
            }
        }
        return new WebResourceModule(module.getAttribute("key"), downloads, texts(module, "context"));
    }

    private static JobConfigModule job(Element module) {
        Element job = first(module, "job");
        Element schedule = first(module, "schedule");
        String interval = schedule == null ? "" : schedule.getAttribute("repeat-interval").trim();
        return new JobConfigModule(module.getAttribute("key"), job == null ? "" : job.getAttribute("key"),
                interval.isEmpty() ? 0 : Long.parseLong(interval));
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (tag == null || tag.equals(element.getTagName()))) {
                result.add(element);
            }
        }
        return result;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty()).toList();
    }

    public String key() {
        return key;
    }

    public String aoNamespace() {
        return aoNamespace;
    }

    /** The entity interfaces of the {@code <ao>} module, which the AO plugin migrates before first use. */
    public List<String> aoEntities() {
        return aoEntities;
    }

    /** Bundle base names, e.g. {@code i18n/hallway}; Confluence appends {@code _es.properties} and so on. */
    public List<String> i18nLocations() {
        return List.copyOf(i18nLocations);
    }

    public List<MacroModule> macros() {
        return List.copyOf(macros);
    }

    /** Panels in rendering order (lighter weight first). */
    public List<WebPanelModule> webPanels() {
        return List.copyOf(webPanels);
    }

    public List<ServletModule> servlets() {
        return List.copyOf(servlets);
    }

    public Optional<RestModule> rest() {
        return Optional.ofNullable(rest);
    }

    public List<WebResourceModule> webResources() {
        return List.copyOf(webResources);
    }

    /** The {@code <job-config>} modules. */
    public List<JobConfigModule> jobs() {
        return List.copyOf(jobs);
    }

    /** {@code fqcn#name(paramTypes)} entries, whitespace removed. */
    public Set<String> allowlistedMethods() {
        return Set.copyOf(allowlistedMethods);
    }
}
