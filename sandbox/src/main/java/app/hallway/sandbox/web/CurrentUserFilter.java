package app.hallway.sandbox.web;

import app.hallway.sandbox.host.SandboxCurrentUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Who is asking (sandbox only): header {@code X-Sandbox-User}, else {@code ?as=} (remembered in a cookie), else
 * the cookie, else anonymous. {@code ?lang=en|es} switches the language for the browser session.
 */
public final class CurrentUserFilter implements Filter {
    public static final String HEADER = "X-Sandbox-User";
    static final String USER_COOKIE = "sandbox.user";
    static final String LANG_COOKIE = "sandbox.lang";
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final SandboxCurrentUser currentUser;

    public CurrentUserFilter(SandboxCurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String username = request.getHeader(HEADER);
        String as = request.getParameter("as");
        if (username == null && as != null) {
            username = as.isBlank() || "anonymous".equals(as) ? null : as.strip();
            response.addCookie(cookie(USER_COOKIE, username));
        } else if (username == null) {
            username = cookie(request, USER_COOKIE);
        }
        String lang = request.getParameter("lang");
        if (lang != null && LANGUAGES.contains(lang)) {
            response.addCookie(cookie(LANG_COOKIE, lang));
        } else {
            lang = cookie(request, LANG_COOKIE);
        }
        currentUser.set(username, lang == null || !LANGUAGES.contains(lang) ? null : Locale.forLanguageTag(lang));
        try {
            chain.doFilter(req, res);
        } finally {
            currentUser.clear();
        }
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value == null ? "" : value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(value == null ? 0 : -1);
        return cookie;
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
