package app.hallway.platform.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.languages.LocaleManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * The one place that lists every host component Hallway imports from Confluence. The build-time
 * spring-scanner index ({@code META-INF/plugin-components/imports}) is these fields' types, guarded by
 * {@code PluginIndexTest}; adapters receive the imported services by constructor injection. Nothing
 * instantiates this class.
 */
@SuppressWarnings("unused")
final class HostComponents {
    @ComponentImport private ActiveObjects activeObjects;
    @ComponentImport private TransactionTemplate transactionTemplate;
    @ComponentImport private UserManager userManager;
    @ComponentImport private UserAccessor userAccessor;
    @ComponentImport private PermissionManager permissionManager;
    @ComponentImport private PageManager pageManager;
    @ComponentImport private ContentPermissionManager contentPermissionManager;
    @ComponentImport private SpaceManager spaceManager;
    @ComponentImport private LocaleManager localeManager;
    @ComponentImport private I18nResolver i18nResolver;
    @ComponentImport private TemplateRenderer templateRenderer;
    @ComponentImport private ClusterLockService clusterLockService;
    @ComponentImport private MailServerManager mailServerManager;
    @ComponentImport private EventPublisher eventPublisher;
    @ComponentImport private ApplicationProperties applicationProperties;

    private HostComponents() {
    }
}
