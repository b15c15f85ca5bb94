package app.hallway.sandbox;

import app.hallway.sandbox.content.SandboxPage;
import app.hallway.sandbox.demo.DemoActivity;
import app.hallway.sandbox.demo.DemoContent;
import app.hallway.sandbox.host.SandboxScheduler;
import app.hallway.sandbox.plugin.LoadedPlugin;
import app.hallway.sandbox.plugin.ServletModule;
import app.hallway.sandbox.render.StorageFormatRenderer;
import app.hallway.sandbox.web.CurrentUserFilter;
import app.hallway.sandbox.web.DecoratorFilter;
import app.hallway.sandbox.web.IndexServlet;
import app.hallway.sandbox.web.JsonMapper;
import app.hallway.sandbox.web.OutboxServlet;
import app.hallway.sandbox.web.PageChrome;
import app.hallway.sandbox.web.PageServlet;
import app.hallway.sandbox.web.SandboxRestResource;
import app.hallway.sandbox.web.SandboxJobsResource;
import app.hallway.sandbox.web.StaticServlet;
import app.hallway.sandbox.web.ViewPageRedirectServlet;
import app.hallway.sandbox.web.WebPanels;
import app.hallway.sandbox.web.WebResourceServlet;
import app.hallway.sandbox.web.XsrfHeaderFilter;
import com.atlassian.beehive.ClusterLock;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * One sandbox node: the host, the plugin enabled on it, demo content, and Jetty serving the plugin's REST
 * resources and servlets, the sandbox's pages and its own REST API.
 */
public final class SandboxNode implements AutoCloseable {
    private final SandboxHost host;
    private final LoadedPlugin plugin;
    private final Server server;
    private final SandboxScheduler scheduler;

    private SandboxNode(SandboxHost host, LoadedPlugin plugin, Server server, SandboxScheduler scheduler) {
        this.host = host;
        this.plugin = plugin;
        this.server = server;
        this.scheduler = scheduler;
    }

    public static SandboxNode start(SandboxOptions options) throws Exception {
        ClassLoader loader = SandboxNode.class.getClassLoader();
        SandboxHost host = new SandboxHost(options, loader);
        try {
            LoadedPlugin plugin = LoadedPlugin.enable(loader, "", host.descriptor, host.container);
            if (options.demo()) {
                createDemoContent(host, plugin);
            }
            SandboxScheduler scheduler = new SandboxScheduler(plugin.jobs(), host.currentUser);
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setPort(options.port());
            server.addConnector(connector);
            server.setHandler(context(host, plugin, options.nodeName(), scheduler));
            server.start();
            host.application.serving("http://localhost:" + connector.getLocalPort());
            return new SandboxNode(host, plugin, server, scheduler);
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    private static void createDemoContent(SandboxHost host, LoadedPlugin plugin) {
        ClusterLock lock = host.locks.getLockForName("sandbox.demo-content");
        lock.lock();
        try {
            if (!DemoContent.isPresent(host.pages)) {
                DemoContent.create(host.pages);
                DemoActivity.create(host.pages, host.directory);
                viewAsAuthors(host, plugin);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Confluence shows a saved page to its author; that first view is when macros record what they need (an
     * announcement's identity and version, which the feed then lists). The demo content gets the same view.
     */
    private static void viewAsAuthors(SandboxHost host, LoadedPlugin plugin) {
        StorageFormatRenderer renderer = new StorageFormatRenderer(plugin.macros());
        for (SandboxPage listed : host.content.pages()) {
            SandboxPage page = host.content.page(listed.id()).orElseThrow();
            host.directory.byName(page.creator()).ifPresent(author -> host.currentUser.callAs(author,
                    () -> renderer.render(page.storage(), host.pageManager.toEntity(page), "display")));
        }
    }

    private static ServletContextHandler context(SandboxHost host, LoadedPlugin plugin, String nodeName, SandboxScheduler scheduler) {
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new CurrentUserFilter(host.currentUser)), "/*", EnumSet.of(DispatcherType.REQUEST));
        JsonMapper json = new JsonMapper();

        host.descriptor.rest().ifPresent(rest -> {
            ResourceConfig config = new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true).register(JacksonFeature.class).register(json);
            plugin.restResources().forEach(config::register);
            plugin.restProviders().forEach(config::register);
            context.addServlet(new ServletHolder("plugin-rest", new ServletContainer(config)), rest.mountPoint() + "/*");
            context.addFilter(new FilterHolder(new XsrfHeaderFilter()), rest.mountPoint() + "/*", EnumSet.of(DispatcherType.REQUEST));
        });
        SandboxRestResource sandboxRest = new SandboxRestResource(nodeName, host.directory, host.currentUser, host.pages,
                host.content, host.permissions, host.outbox, host.deactivations);
        ResourceConfig sandboxConfig = new ResourceConfig().property(ServerProperties.WADL_FEATURE_DISABLE, true).register(JacksonFeature.class).register(json).register(sandboxRest)
                .register(new SandboxJobsResource(scheduler));
        context.addServlet(new ServletHolder("sandbox-rest", new ServletContainer(sandboxConfig)), "/rest/sandbox/*");

        for (var servlet : plugin.servlets().entrySet()) {
            ServletModule module = servlet.getKey();
            for (String pattern : module.urlPatterns()) {
                String path = "/plugins/servlet" + (pattern.startsWith("/") ? pattern : "/" + pattern);
                context.addServlet(new ServletHolder(module.key(), servlet.getValue()), path);
            }
        }

        PageChrome chrome = new PageChrome(host.directory, host.currentUser, host.locales, host.descriptor.key(),
                host.descriptor.webResources(), nodeName);
        context.addFilter(new FilterHolder(new DecoratorFilter(chrome)), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        StorageFormatRenderer storage = new StorageFormatRenderer(plugin.macros());
        WebPanels panels = new WebPanels(plugin, host.templates, host.loader);
        context.addServlet(new ServletHolder(new WebResourceServlet(host.loader, host.descriptor.key(), host.descriptor.webResources())),
                "/download/resources/*");
        context.addServlet(new ServletHolder(new StaticServlet()), "/sandbox/static/*");
        context.addServlet(new ServletHolder(new OutboxServlet(host.outbox, chrome)), "/sandbox/outbox");
        context.addServlet(new ServletHolder(new ViewPageRedirectServlet()), "/pages/viewpage.action");
        context.addServlet(new ServletHolder(new PageServlet(host.content, host.permissions, host.pageManager, host.currentUser,
                storage, panels, chrome)), "/pages/*");
        context.addServlet(new ServletHolder(new IndexServlet(host.content, host.spaces, host.permissions, host.currentUser, chrome)), "/");
        return context;
    }

    /** The port actually bound (useful with {@code --port 0}). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port());
    }

    public LoadedPlugin plugin() {
        return plugin;
    }

    /** The node's host components, for tests that exercise them directly (the cluster lock). */
    public SandboxHost host() {
        return host;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        scheduler.close();
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the database is closed regardless.
        }
        host.close();
    }
}
