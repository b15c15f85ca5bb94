package app.hallway.sandbox.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The spring-scanner index a plugin jar carries under {@code META-INF/plugin-components/}: {@code component}
 * (classes to instantiate, {@code fqcn} or {@code fqcn#beanName}) and {@code imports} (host interfaces the plugin
 * expects). The Confluence-specific variants ({@code component-confluence}, {@code imports-confluence}) are
 * read in addition, as the scanner runtime does.
 */
public record ComponentIndex(List<String> components, List<String> imports) {
    public static final String DIRECTORY = "META-INF/plugin-components/";

    public ComponentIndex {
        components = List.copyOf(components);
        imports = List.copyOf(imports);
    }

    public static ComponentIndex load(ClassLoader loader, String resourceRoot) {
        List<String> components = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (String file : List.of("component", "component-confluence", "primary-component")) {
            components.addAll(classNames(loader, resourceRoot + DIRECTORY + file));
        }
        for (String file : List.of("imports", "imports-confluence")) {
            imports.addAll(classNames(loader, resourceRoot + DIRECTORY + file));
        }
        return new ComponentIndex(components.stream().distinct().toList(), imports.stream().distinct().toList());
    }

    private static List<String> classNames(ClassLoader loader, String resource) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                // The scanner runtime does not skip blank lines (it fails on them); the sandbox is lenient
                // here because PackagingTest in the plugin pins the file's exact shape.
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    int hash = entry.indexOf('#');
                    names.add(hash < 0 ? entry : entry.substring(0, hash));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return names;
    }
}
