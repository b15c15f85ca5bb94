package app.hallway.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Opens the built jar and proves what we cannot run here: that Confluence 10.2 would install it. Runs in
 * Maven's integration-test phase, after the jar is packaged.
 */
class PackagingIT {
    private static final List<String> FORBIDDEN = List.of(
            "com/atlassian/", "net/java/ao/", "org/springframework/", "jakarta/", "javax/", "org/slf4j/",
            "com/fasterxml/jackson/", "org/apache/commons/lang3/");

    private static PluginJar jar;
    private static Descriptor descriptor;

    @BeforeAll
    static void open() throws Exception {
        jar = PluginJar.built();
        descriptor = new Descriptor(jar.descriptor());
    }

    @AfterAll
    static void close() throws IOException {
        jar.close();
    }

    @Test
    void jarIsNamedForTheVersion() {
        assertTrue(jar.path().getFileName().toString().matches("hallway-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\.jar"), jar.path().toString());
    }

    @Test
    void descriptorKeyMatchesTheManifestSoConfluenceLoadsItWithoutTransformation() throws IOException {
        Attributes manifest = jar.manifest();
        String key = descriptor.root().getAttribute("key");
        assertFalse(key.isBlank() || key.contains("${"), "descriptor key was not filtered: " + key);
        assertEquals(key, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(key, manifest.getValue("Bundle-SymbolicName"));
        assertTrue(manifest.getValue("Bundle-Version").matches("\\d+\\.\\d+\\.\\d+.*"));
        assertEquals("*", manifest.getValue("Spring-Context"));
        assertEquals("2", descriptor.root().getAttribute("plugins-version"));
        assertNull(manifest.getValue("Export-Package"), "Hallway exports nothing to other bundles");
    }

    @Test
    void descriptorDeclaresDataCenterCompatibility() {
        assertEquals("compatible", descriptor.pluginInfoParam("atlassian-data-center-status"));
    }

    @Test
    void descriptorHasOneAoModuleOneRestModuleAndAnAllowList() {
        assertEquals(1, descriptor.modules("ao").size());
        assertEquals(1, descriptor.modules("rest").size());
        assertEquals(1, descriptor.modules("velocity-allowlist").size());
        assertEquals("/hallway", descriptor.modules("rest").get(0).getAttribute("path"));
        assertEquals("1.0", descriptor.modules("rest").get(0).getAttribute("version"));
    }

    @Test
    void jarCarriesNoClassConfluenceProvides() {
        List<String> offending = jar.entryNames().stream()
                .filter(name -> name.endsWith(".class") || name.endsWith(".jar"))
                .filter(name -> FORBIDDEN.stream().anyMatch(name::startsWith) || name.endsWith(".jar"))
                .toList();
        assertEquals(List.of(), offending);
    }

    @Test
    void springContextScansTheBuildTimeIndex() {
        String context = jar.text("META-INF/spring/plugin-context.xml");
        assertTrue(context.contains("<atlassian-scanner:scan-indexes/>"), context);
    }

    @Test
    void everyClassTheDescriptorNamesExistsAndIsOfItsModuleType() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Descriptor.ClassReference reference : descriptor.classReferences()) {
            if (!reference.className().startsWith("app.hallway.")) {
                if (!jar.importedPackages().contains(packageOf(reference.className()))) {
                    problems.add(reference + ": its package is not in Import-Package");
                }
                continue;
            }
            try {
                Class<?> type = jar.load(reference.className());
                Class<?> required = Class.forName(reference.requiredType());
                if (!required.isAssignableFrom(type)) {
                    problems.add(reference + " does not implement " + reference.requiredType());
                }
            } catch (ClassNotFoundException e) {
                problems.add(reference + " is not in the jar");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void scannerIndexNamesOnlyRealComponentsAndImportedServices() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String line : jar.lines("META-INF/plugin-components/component")) {
            if (line.isEmpty()) {
                continue;
            }
            String className = line.split("#")[0];
            if (!jar.has(className.replace('.', '/') + ".class")) {
                problems.add("component " + line + " is not in the jar");
            }
        }
        for (String line : jar.lines("META-INF/plugin-components/imports")) {
            if (!line.isEmpty() && !jar.importedPackages().contains(packageOf(line.split("#")[0]))) {
                problems.add("import " + line + ": package not in Import-Package");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void scannerIndexHasNoBlankOrPaddedLinesWhichTheRuntimeWouldMisread() {
        for (String file : List.of("component", "imports", "exports")) {
            List<String> lines = jar.lines("META-INF/plugin-components/" + file);
            for (int i = 0; i < lines.size(); i++) {
                boolean trailingNewline = i == lines.size() - 1 && lines.get(i).isEmpty();
                if (!trailingNewline) {
                    assertFalse(lines.get(i).isBlank() || !lines.get(i).equals(lines.get(i).strip()), file + " line " + (i + 1));
                }
            }
        }
    }

    @Test
    void scannerIndexMatchesTheAnnotationsSoItCannotDrift() throws Exception {
        ScannerIndex expected = ScannerIndex.fromAnnotations(jar);
        assertEquals(expected.components(), nonEmpty(jar.lines("META-INF/plugin-components/component")), "component index");
        assertEquals(expected.imports(), nonEmpty(jar.lines("META-INF/plugin-components/imports")), "imports index");
    }

    @Test
    void everyRestResourceDeclaresItsAccess() throws Exception {
        List<String> undeclared = new ArrayList<>();
        for (String className : jar.classNames()) {
            if (className.startsWith("app.hallway.")) {
                Class<?> type = jar.load(className);
                undeclared.addAll(RestAccess.undeclared(type));
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndSpanishHasNoEnglishLeft() {
        Properties english = bundle("i18n/hallway.properties");
        Properties spanish = bundle("i18n/hallway_es.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(spanish.stringPropertyNames()));
        List<String> untranslated = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(spanish.getProperty(key)))
                .filter(key -> english.getProperty(key).chars().anyMatch(Character::isLetter))
                .sorted()
                .toList();
        assertEquals(List.of(), untranslated, "Spanish values identical to English");
    }

    @Test
    void everyI18nKeyTheJarUsesExistsInBothLanguages() throws Exception {
        Set<String> keys = bundle("i18n/hallway.properties").stringPropertyNames();
        I18nUsage usage = I18nUsage.of(jar, descriptor);
        List<String> missing = new ArrayList<>();
        usage.keys().stream().filter(key -> !keys.contains(key)).forEach(key -> missing.add("key " + key));
        usage.prefixes().stream().filter(prefix -> keys.stream().noneMatch(k -> k.startsWith(prefix)))
                .forEach(prefix -> missing.add("prefix " + prefix));
        assertEquals(List.of(), missing);
        assertFalse(usage.keys().isEmpty(), "found no i18n keys at all: the scan is broken");
    }

    @Test
    void everyMethodATemplateCallsIsOnTheVelocityAllowList() throws Exception {
        Set<String> allowed = descriptor.allowListedMethods();
        List<String> problems = new ArrayList<>();
        List<String> templates = jar.entryNames().stream().filter(name -> name.endsWith(".vm")).toList();
        assertFalse(templates.isEmpty());
        for (String template : templates) {
            String text = jar.text(template);
            Map<String, String> declared = TemplateCalls.declarations(text);
            for (String variable : List.of("view", "text")) {
                if (TemplateCalls.referencedVariables(text).contains(variable) && !declared.containsKey(variable)) {
                    problems.add(template + " uses $" + variable + " without an @vtlvariable declaration");
                }
            }
            for (String call : TemplateCalls.hallwayCalls(text, this::loadOrFail)) {
                if (!allowed.contains(call)) {
                    problems.add(template + " calls " + call);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAllowListEntryNamesAMethodThatExists() {
        List<String> stale = new ArrayList<>();
        for (String entry : descriptor.allowListedMethods()) {
            String owner = entry.substring(0, entry.indexOf('#'));
            try {
                Class<?> type = jar.load(owner);
                boolean exists = java.util.Arrays.stream(type.getMethods())
                        .anyMatch(method -> TemplateCalls.signature(type, method).equals(entry));
                if (!exists) {
                    stale.add(entry);
                }
            } catch (ClassNotFoundException e) {
                stale.add(entry);
            }
        }
        assertEquals(List.of(), stale);
    }

    private Class<?> loadOrFail(String className) {
        try {
            return jar.load(className);
        } catch (ClassNotFoundException e) {
            return fail("A template declares " + className + ", which is not in the jar");
        }
    }

    private static List<String> nonEmpty(List<String> lines) {
        return lines.stream().filter(line -> !line.isEmpty()).sorted().toList();
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.'));
    }

    private static Properties bundle(String entry) {
        Properties properties = new Properties();
        try {
            properties.load(new InputStreamReader(new ByteArrayInputStream(jar.bytes(entry)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Element root(Document document) {
        return document.getDocumentElement();
    }
}
