package app.hallway.sandbox.plugin;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.scheduler.JobRunner;
import jakarta.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin, enabled the way Confluence enables it: components from the spring-scanner index wired over the
 * host components, then the descriptor's modules instantiated through the same container: macros, web-panel
 * context providers, servlets, and the REST module's {@code @Path} resources and {@code @Provider}s.
 */
public final class LoadedPlugin {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPlugin.class);
    /** The host's own packages: in the shaded sandbox jar they sit beside the plugin's classes, but are not the plugin. */
    private static final List<String> HOST_PACKAGES = List.of("app.hallway.sandbox.", "app.hallway.host.");

    private final PluginDescriptor descriptor;
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<String, ContextProvider> contextProviders = new LinkedHashMap<>();
    private final Map<ServletModule, HttpServlet> servlets = new LinkedHashMap<>();
    private final List<Object> restResources = new ArrayList<>();
    private final List<Object> restProviders = new ArrayList<>();
    private final Map<JobConfigModule, JobRunner> jobs = new LinkedHashMap<>();

    private LoadedPlugin(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** Enables the plugin whose descriptor is {@code resourceRoot + atlassian-plugin.xml} over {@code container}'s host beans. */
    public static LoadedPlugin enable(ClassLoader loader, String resourceRoot, PluginDescriptor descriptor, Container container) {
        ComponentIndex index = ComponentIndex.load(loader, resourceRoot);
        index.components().forEach(name -> container.registerComponent(load(loader, name, "component")));
        List<Class<?>> imports = new ArrayList<>();
        for (String name : index.imports()) {
            imports.add(load(loader, name, "import"));
        }
        container.checkImports(imports);
        container.instantiateComponents();

        LoadedPlugin plugin = new LoadedPlugin(descriptor);
        for (MacroModule module : descriptor.macros()) {
            plugin.macros.put(module.name(), (Macro) container.create(load(loader, module.className(), "xhtml-macro")));
        }
        for (WebPanelModule panel : descriptor.webPanels()) {
            if (panel.contextProviderClass() != null && !panel.contextProviderClass().isBlank()) {
                ContextProvider provider = (ContextProvider) container.create(load(loader, panel.contextProviderClass(), "context-provider"));
                provider.init(panel.contextProviderParams());
                plugin.contextProviders.put(panel.key(), provider);
            }
        }
        for (ServletModule servlet : descriptor.servlets()) {
            plugin.servlets.put(servlet, (HttpServlet) container.create(load(loader, servlet.className(), "servlet")));
        }
        descriptor.rest().ifPresent(rest -> plugin.enableRest(loader, resourceRoot, rest, container));
        for (JobConfigModule job : descriptor.jobs()) {
            plugin.jobs.put(job, runner(job, container));
        }
        LOG.info("Enabled plugin {}: {} components, {} macros, {} web panels, {} servlets, {} REST resources",
                descriptor.key(), container.components().size(), plugin.macros.size(), descriptor.webPanels().size(),
                plugin.servlets.size(), plugin.restResources.size());
        return plugin;
    }

    private void enableRest(ClassLoader loader, String resourceRoot, RestModule rest, Container container) {
        List<String> packages = rest.packages().isEmpty() ? List.of("app.hallway") : rest.packages();
        for (String packageName : packages) {
            for (String className : PluginClasses.under(loader, resourceRoot + PluginDescriptor.FILE, packageName)) {
                if (HOST_PACKAGES.stream().anyMatch(className::startsWith)) {
                    continue;
                }
                Class<?> type = load(loader, className, "REST class");
                if (isConcrete(type) && type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    restResources.add(container.create(type));
                } else if (isConcrete(type) && type.isAnnotationPresent(jakarta.ws.rs.ext.Provider.class)) {
                    restProviders.add(container.create(type));
                }
            }
        }
    }

    /** The component a {@code <job key>} names: Spring's default bean name is the decapitalised simple class name. */
    private static JobRunner runner(JobConfigModule job, Container container) {
        return container.components().stream()
                .filter(component -> beanName(component.getClass()).equals(job.runnerBean()))
                .filter(JobRunner.class::isInstance)
                .map(JobRunner.class::cast)
                .findFirst()
                .orElseThrow(() -> new ContainerException("The job-config module " + job.key() + " names the job runner bean '"
                        + job.runnerBean() + "', which is no component implementing JobRunner"));
    }

    /** Spring's {@code Introspector.decapitalize}: "MyJob" becomes "myJob", "URLJob" stays "URLJob". */
    static String beanName(Class<?> type) {
        String name = type.getSimpleName();
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isConcrete(Class<?> type) {
        return !type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())
                && type.getEnclosingClass() == null;
    }

    private static Class<?> load(ClassLoader loader, String className, String role) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ContainerException("The plugin names " + role + " class " + className + ", which cannot be loaded: " + e, e);
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** Macro instances by macro name ({@code hallway-announcement}). */
    public Map<String, Macro> macros() {
        return Map.copyOf(macros);
    }

    /** The context provider of a web panel, by the panel's module key; absent when it declares none. */
    public ContextProvider contextProvider(String panelKey) {
        return contextProviders.get(panelKey);
    }

    public Map<ServletModule, HttpServlet> servlets() {
        return Map.copyOf(servlets);
    }

    public List<Object> restResources() {
        return List.copyOf(restResources);
    }

    /** The {@code <job-config>} modules with their job runners. */
    public Map<JobConfigModule, JobRunner> jobs() {
        return Map.copyOf(jobs);
    }

    public List<Object> restProviders() {
        return List.copyOf(restProviders);
    }
}
