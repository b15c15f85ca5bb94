package app.hallway.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Confluence's XSRF check on the plugin's REST API: a POST, PUT, PATCH or DELETE without
 * {@code X-Atlassian-Token: no-check} is refused with 403 before any resource runs, as Confluence's REST filter
 * refuses it ({@code XsrfCheckFailedException}, "XSRF check failed").
 *
 * <p>Stricter than Confluence on purpose. Confluence lets a JSON body through without the header and checks
 * form, text and bodiless requests and the origin of browser calls (PLATFORM.md §1); which of those applies
 * depends on the content type and the browser, and a script that always sends the header passes every variant.
 * So the sandbox asks for it on every mutating call, and a browser test that changes anything proves the
 * plugin's script sent it.
 */
public final class XsrfHeaderFilter implements Filter {
    public static final String HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final byte[] REFUSAL = "{\"error\":\"xsrf\",\"message\":\"XSRF check failed\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (MUTATING.contains(request.getMethod()) && !NO_CHECK.equalsIgnoreCase(request.getHeader(HEADER))) {
            HttpServletResponse response = (HttpServletResponse) res;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.setContentLength(REFUSAL.length);
            response.getOutputStream().write(REFUSAL);
            return;
        }
        chain.doFilter(req, res);
    }
}
