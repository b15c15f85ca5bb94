package app.hallway.sandbox.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.core.ContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/** The conversion context of one macro call: the content being rendered, its space, the output type. */
public final class SandboxConversionContext implements ConversionContext {
    private final ContentEntityObject entity;
    private final String spaceKey;
    private final String outputType;
    private final Map<String, Object> properties = new HashMap<>();

    public SandboxConversionContext(ContentEntityObject entity, String spaceKey, String outputType) {
        this.entity = entity;
        this.spaceKey = spaceKey;
        this.outputType = outputType == null ? ConversionContextOutputType.DISPLAY.value() : outputType;
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputDeviceType() {
        return "desktop";
    }

    @Override
    public Object getProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Object getProperty(String name, Object defaultValue) {
        return properties.getOrDefault(name, defaultValue);
    }

    @Override
    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    @Override
    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    @Override
    public boolean isDiffOrEmail() {
        return ConversionContextOutputType.DIFF.value().equals(outputType)
                || ConversionContextOutputType.EMAIL.value().equals(outputType);
    }
}
