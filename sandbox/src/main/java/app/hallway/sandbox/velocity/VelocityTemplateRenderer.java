package app.hallway.sandbox.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The Atlassian template renderer as Confluence configures it: Velocity 1.7, templates from the plugin's
 * class path, HTML auto-escaping of every reference except the ones Confluence calls safe
 * ({@link HtmlSafeReferences}) or in templates that say {@code #disable_html_escaping()}, and the plugin's
 * method allowlist ({@link AllowlistUberspect}).
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;
    private final ClassLoader loader;
    private final Map<String, Boolean> escapingDisabled = new ConcurrentHashMap<>();

    public VelocityTemplateRenderer(ClassLoader loader, MethodAllowlist allowlist) {
        this.loader = loader;
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        properties.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("class.resource.loader.cache", "true");
        properties.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        properties.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        properties.setProperty(RuntimeConstants.VM_LIBRARY, "");
        properties.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        engine = new VelocityEngine();
        engine.setApplicationAttribute(MethodAllowlist.ATTRIBUTE, allowlist);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            engine.init(properties);
        } catch (Exception e) {
            throw new IllegalStateException("Velocity does not start: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template = template(templateName);
        boolean disabled = escapingDisabled.computeIfAbsent(templateName, this::declaresNoEscaping);
        try {
            template.merge(context(context, disabled), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context, fragment.contains(DisableHtmlEscapingDirective.MARKER)), out, "fragment", fragment);
        } catch (RuntimeException e) {
            throw new RenderingException("Cannot render a fragment: " + e.getMessage(), e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return loader.getResource(templateName) != null;
    }

    private Template template(String templateName) {
        if (!resolve(templateName)) {
            throw new RenderingException("No template " + templateName + " on the plugin's class path");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return engine.getTemplate(templateName, "UTF-8");
        } catch (Exception e) {
            throw new RenderingException("Cannot parse " + templateName + ": " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static VelocityContext context(Map<String, Object> values, boolean escapingDisabled) {
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new HtmlEscapingInsertion(escapingDisabled));
        cartridge.attachToContext(context);
        return context;
    }

    private boolean declaresNoEscaping(String templateName) {
        try (InputStream in = loader.getResourceAsStream(templateName)) {
            return in != null && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(DisableHtmlEscapingDirective.MARKER);
        } catch (IOException e) {
            return false;
        }
    }
}
