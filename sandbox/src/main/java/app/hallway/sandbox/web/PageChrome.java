package app.hallway.sandbox.web;

import app.hallway.sandbox.host.Directory;
import app.hallway.sandbox.host.SandboxCurrentUser;
import app.hallway.sandbox.host.SandboxLocaleManager;
import app.hallway.sandbox.host.SandboxUser;
import app.hallway.sandbox.plugin.WebResourceModule;
import java.util.List;
import java.util.Set;

/**
 * The Confluence-like frame around every sandbox page: the header bar with the user switcher and language
 * switch, AUI-look CSS, the AJS shim and every web resource the plugin declares.
 */
public final class PageChrome {
    private static final Set<String> NAMED_USERS = Set.of("admin", "hana", "eli", "sam", "noa", "ana");

    private final Directory directory;
    private final SandboxCurrentUser currentUser;
    private final SandboxLocaleManager locales;
    private final String pluginKey;
    private final List<WebResourceModule> webResources;
    private final String nodeName;

    public PageChrome(Directory directory, SandboxCurrentUser currentUser, SandboxLocaleManager locales, String pluginKey,
                      List<WebResourceModule> webResources, String nodeName) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.locales = locales;
        this.pluginKey = pluginKey;
        this.webResources = List.copyOf(webResources);
        this.nodeName = nodeName;
    }

    /** A whole HTML document titled {@code title} around {@code mainHtml} (already HTML). */
    public String page(String title, String mainHtml) {
        String lang = locales.currentLocale().getLanguage();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append(" - Hallway sandbox</title>")
                // Confluence serves a favicon; without one Chromium logs a 404 on every first visit.
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<link rel=\"stylesheet\" href=\"/sandbox/static/sandbox.css\">")
                .append("<script src=\"/sandbox/static/ajs-shim.js\"></script>");
        forEachDownload((url, download) -> {
            if (download.isCss()) {
                out.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(url)).append("\">");
            }
        });
        out.append("</head><body class=\"aui-layout aui-theme-default\">");
        header(out, lang);
        out.append("<main id=\"main\" class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\"><section class=\"aui-page-panel-content\">")
                .append(mainHtml).append("</section></div></main>");
        forEachDownload((url, download) -> {
            if (download.isJs()) {
                out.append("<script src=\"").append(Html.escape(url)).append("\"></script>");
            }
        });
        out.append("</body></html>\n");
        return out.toString();
    }

    private void header(StringBuilder out, String lang) {
        String me = currentUser.user().map(SandboxUser::getName).orElse("");
        out.append("<header id=\"header\" class=\"aui-header\" role=\"banner\"><nav class=\"aui-header-inner\">")
                .append("<a class=\"aui-header-logo\" href=\"/\">Hallway sandbox</a>")
                .append("<a class=\"aui-header-link\" href=\"/\">Spaces</a>")
                .append("<a class=\"aui-header-link\" href=\"/sandbox/outbox\">Outbox</a>")
                .append("<span class=\"aui-header-secondary\">")
                .append("<span class=\"sandbox-node\">").append(Html.escape(nodeName)).append("</span>")
                .append("<a class=\"sandbox-lang").append("en".equals(lang) ? " active" : "").append("\" href=\"?lang=en\">EN</a>")
                .append("<a class=\"sandbox-lang").append("es".equals(lang) ? " active" : "").append("\" href=\"?lang=es\">ES</a>")
                .append("<label class=\"sandbox-user-switcher\">User <select id=\"sandbox-user\" ")
                .append("onchange=\"location.search='?as='+encodeURIComponent(this.value)\">")
                .append("<option value=\"anonymous\"").append(me.isEmpty() ? " selected" : "").append(">anonymous</option>");
        userOptions(out, me, true);
        out.append("<optgroup label=\"Employees\">");
        userOptions(out, me, false);
        out.append("</optgroup></select></label></span></nav></header>");
    }

    private void userOptions(StringBuilder out, String me, boolean named) {
        for (SandboxUser user : directory.users()) {
            if (NAMED_USERS.contains(user.getName()) == named) {
                out.append("<option value=\"").append(Html.escape(user.getName())).append('"')
                        .append(user.getName().equals(me) ? " selected" : "").append('>')
                        .append(Html.escape(user.getFullName())).append(" (").append(Html.escape(user.getName())).append(")</option>");
            }
        }
    }

    private void forEachDownload(java.util.function.BiConsumer<String, WebResourceModule.Download> action) {
        for (WebResourceModule module : webResources) {
            for (WebResourceModule.Download download : module.downloads()) {
                action.accept("/download/resources/" + pluginKey + ":" + module.key() + "/" + download.name(), download);
            }
        }
    }
}
