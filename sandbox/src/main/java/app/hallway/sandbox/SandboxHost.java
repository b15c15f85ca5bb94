package app.hallway.sandbox;

import app.hallway.host.ao.AoDatabase;
import app.hallway.host.ao.JdbcActiveObjects;
import app.hallway.sandbox.content.ContentStore;
import app.hallway.sandbox.content.Jdbc;
import app.hallway.sandbox.content.Pages;
import app.hallway.sandbox.content.SandboxSchema;
import app.hallway.sandbox.content.Spaces;
import app.hallway.sandbox.demo.DemoDirectory;
import app.hallway.sandbox.host.Deactivations;
import app.hallway.sandbox.host.Directory;
import app.hallway.sandbox.host.JdbcClusterLockService;
import app.hallway.sandbox.host.Outbox;
import app.hallway.sandbox.host.SandboxApplicationProperties;
import app.hallway.sandbox.host.OutboxMailServerManager;
import app.hallway.sandbox.host.SandboxContentPermissionManager;
import app.hallway.sandbox.host.SandboxEventPublisher;
import app.hallway.sandbox.host.SandboxCurrentUser;
import app.hallway.sandbox.host.SandboxI18nResolver;
import app.hallway.sandbox.host.SandboxLocaleManager;
import app.hallway.sandbox.host.SandboxPageManager;
import app.hallway.sandbox.host.SandboxPermissionManager;
import app.hallway.sandbox.host.SandboxSpaceManager;
import app.hallway.sandbox.host.SandboxTransactionTemplate;
import app.hallway.sandbox.host.SandboxUserAccessor;
import app.hallway.sandbox.host.SandboxUserManager;
import app.hallway.sandbox.plugin.Container;
import app.hallway.sandbox.plugin.PluginDescriptor;
import app.hallway.sandbox.velocity.MethodAllowlist;
import app.hallway.sandbox.velocity.VelocityTemplateRenderer;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * The host side of one node: the database, the sandbox's tables, the directory, and the real implementations
 * of every host interface the plugin may import, registered in a {@link Container} by that interface.
 */
public final class SandboxHost implements AutoCloseable {
    /** Base package of the plugin's own classes, whose methods the Velocity allowlist governs. */
    static final String PLUGIN_PACKAGE = "app.hallway.";

    final ClassLoader loader;
    final PluginDescriptor descriptor;
    final AoDatabase database;
    final Clock clock = Clock.systemUTC();
    final Directory directory;
    final Deactivations deactivations;
    final SandboxCurrentUser currentUser;
    final Spaces spaces = new Spaces();
    final ContentStore content;
    final Pages pages;
    final Outbox outbox;
    final SandboxPermissionManager permissions;
    final SandboxPageManager pageManager;
    final SandboxLocaleManager locales;
    final JdbcClusterLockService locks;
    final VelocityTemplateRenderer templates;
    final ActiveObjects activeObjects;
    final Container container = new Container();
    final SandboxEventPublisher events = new SandboxEventPublisher();
    final SandboxApplicationProperties application = new SandboxApplicationProperties();

    SandboxHost(SandboxOptions options, ClassLoader loader) {
        this.loader = loader;
        this.descriptor = PluginDescriptor.load(loader, "");
        this.database = AoDatabase.open(options.effectiveJdbcUrl(), options.effectiveUser(), options.effectivePassword(),
                descriptor.aoNamespace());
        Jdbc jdbc = new Jdbc(database.dataSource());
        SandboxSchema.create(jdbc);
        this.directory = DemoDirectory.build(options.demo(), options.employees());
        this.deactivations = new Deactivations(jdbc, clock);
        this.currentUser = new SandboxCurrentUser(directory);
        this.content = new ContentStore(jdbc, clock);
        this.outbox = new Outbox(jdbc, clock);
        this.permissions = new SandboxPermissionManager(directory, content, spaces);
        this.pageManager = new SandboxPageManager(content, spaces, directory);
        this.pages = new Pages(content, pageManager, directory, events);
        this.locales = new SandboxLocaleManager(currentUser);
        this.locks = new JdbcClusterLockService(jdbc, clock, options.nodeName());
        this.templates = new VelocityTemplateRenderer(loader, new MethodAllowlist(descriptor.allowlistedMethods(), PLUGIN_PACKAGE));
        this.activeObjects = new JdbcActiveObjects(database.entityManager());
        migrateEntities();
        registerHostComponents();
    }

    private void registerHostComponents() {
        List<String> bundles = descriptor.i18nLocations().isEmpty() ? List.of("i18n/hallway") : descriptor.i18nLocations();
        container.registerHost(ActiveObjects.class, activeObjects)
                .registerHost(TransactionTemplate.class, new SandboxTransactionTemplate(activeObjects))
                .registerHost(UserManager.class, new SandboxUserManager(directory, currentUser))
                .registerHost(UserAccessor.class, new SandboxUserAccessor(directory, deactivations))
                .registerHost(PermissionManager.class, permissions)
                .registerHost(PageManager.class, pageManager)
                .registerHost(ContentPermissionManager.class, new SandboxContentPermissionManager(content))
                .registerHost(SpaceManager.class, new SandboxSpaceManager(spaces))
                .registerHost(LocaleManager.class, locales)
                .registerHost(I18nResolver.class, new SandboxI18nResolver(loader, bundles, locales))
                .registerHost(TemplateRenderer.class, templates)
                .registerHost(ClusterLockService.class, locks)
                .registerHost(EventPublisher.class, events)
                .registerHost(MailServerManager.class, new OutboxMailServerManager(outbox))
                .registerHost(ApplicationProperties.class, application)
                .registerHost(Clock.class, clock);
    }

    /** Creates or updates the plugin's AO tables, as the AO plugin does before the plugin's first use. */
    @SuppressWarnings("unchecked")
    private void migrateEntities() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.aoEntities()) {
            try {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The <ao> module names " + name + ", which is not in the plugin", e);
            }
        }
        if (entities.isEmpty()) {
            return;
        }
        // Two nodes starting together must not migrate at once.
        ClusterLock lock = locks.getLockForName("sandbox.ao.migrate");
        lock.lock();
        try {
            activeObjects.migrate(entities.toArray(new Class[0]));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        locks.close();
        database.close();
    }
}
