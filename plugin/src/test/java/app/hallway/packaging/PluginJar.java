package app.hallway.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The built plugin jar, opened the way Confluence opens it: its entries, manifest and descriptor, and a
 * class loader that sees Hallway's classes only from the jar (host types come from the test class path,
 * as Confluence would import them).
 */
final class PluginJar implements AutoCloseable {
    private final Path path;
    private final JarFile jar;
    private final URLClassLoader classes;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
        this.classes = new URLClassLoader(new URL[] {url(path)}, new HostOnly(PluginJar.class.getClassLoader()));
    }

    static PluginJar built() throws IOException {
        String location = System.getProperty("hallway.jar");
        if (location == null) {
            throw new IllegalStateException("Run through Maven's verify phase (failsafe sets hallway.jar)");
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("No plugin jar at " + path);
        }
        return new PluginJar(path);
    }

    Path path() {
        return path;
    }

    List<String> entryNames() {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    boolean has(String entry) {
        return jar.getEntry(entry) != null;
    }

    byte[] bytes(String entry) {
        ZipEntry found = jar.getEntry(entry);
        if (found == null) {
            throw new IllegalArgumentException("No " + entry + " in " + path);
        }
        try (InputStream in = jar.getInputStream(found)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String entry) {
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    /** Lines of a text entry exactly as a line reader sees them (blank lines kept). */
    List<String> lines(String entry) {
        return has(entry) ? Arrays.asList(text(entry).split("\n", -1)) : List.of();
    }

    Attributes manifest() throws IOException {
        Manifest manifest = jar.getManifest();
        return manifest.getMainAttributes();
    }

    Set<String> importedPackages() throws IOException {
        String header = manifest().getValue("Import-Package");
        Set<String> packages = new LinkedHashSet<>();
        for (String clause : splitClauses(header == null ? "" : header)) {
            packages.add(clause.split(";")[0].trim());
        }
        return packages;
    }

    Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes("atlassian-plugin.xml")));
    }

    Class<?> load(String className) throws ClassNotFoundException {
        return Class.forName(className, false, classes);
    }

    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (String entry : entryNames()) {
            if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
                names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
            }
        }
        return names;
    }

    /** Splits an OSGi header at the commas outside quotes. */
    private static List<String> splitClauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString());
        }
        return clauses;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() throws IOException {
        classes.close();
        jar.close();
    }

    /** The test class path minus Hallway's own classes, so they can only come from the jar. */
    private static final class HostOnly extends ClassLoader {
        HostOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("app.hallway.") || name.startsWith("org.owasp.") || name.startsWith("org.apache.commons.csv.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
