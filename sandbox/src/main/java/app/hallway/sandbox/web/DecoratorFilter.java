package app.hallway.sandbox.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Confluence's SiteMesh does for plugin servlets: an HTML page that asks for a decorator
 * ({@code <meta name="decorator" content="atl.general">}) gets the site's chrome around its body, with the
 * plugin's web resources. Anything else passes through untouched.
 */
public final class DecoratorFilter implements Filter {
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final PageChrome chrome;

    public DecoratorFilter(PageChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Buffered buffered = new Buffered((HttpServletResponse) response);
        chain.doFilter(request, buffered);
        String html = buffered.text();
        String type = buffered.getContentType();
        if (type != null && type.startsWith("text/html") && DECORATOR.matcher(html).find()) {
            Matcher title = TITLE.matcher(html);
            Matcher body = BODY.matcher(html);
            // The title is already HTML (escaped by the plugin's template); PageChrome escapes again, so unescape once.
            String plainTitle = title.find() ? unescape(title.group(1).trim()) : "";
            html = chrome.page(plainTitle, body.find() ? body.group(1) : html);
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Collects what the servlet writes, through its writer or its stream. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
