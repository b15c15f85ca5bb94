package app.hallway.sandbox.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class names inside the plugin, found by listing the jar (or classes directory) that holds its
 * descriptor, as Confluence's REST module scans the plugin bundle for {@code @Path} classes.
 */
public final class PluginClasses {
    private PluginClasses() {
    }

    /** Binary names of the classes under {@code packageName} in the plugin that holds {@code descriptorResource}. */
    public static List<String> under(ClassLoader loader, String descriptorResource, String packageName) {
        URL descriptor = loader.getResource(descriptorResource);
        if (descriptor == null) {
            throw new IllegalStateException("No " + descriptorResource + " on the class path");
        }
        String prefix = packageName.replace('.', '/') + "/";
        try {
            if ("jar".equals(descriptor.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) descriptor.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    return inJar(jar, prefix);
                }
            }
            Path file = Path.of(descriptor.toURI());
            Path root = file.getParent();
            for (int depth = descriptorResource.split("/").length - 1; depth > 0; depth--) {
                root = root.getParent();
            }
            return inDirectory(root, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the plugin's classes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> inJar(JarFile jar, String prefix) {
        List<String> names = new ArrayList<>();
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.endsWith(".class") && !name.endsWith("module-info.class")) {
                names.add(binaryName(name));
            }
        }
        return names;
    }

    private static List<String> inDirectory(Path root, String prefix) throws IOException {
        Path start = root.resolve(prefix);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> binaryName(root.relativize(p).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
        }
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
