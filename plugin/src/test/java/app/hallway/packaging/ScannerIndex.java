package app.hallway.packaging;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spring-scanner index as the annotations say it should be: every {@code @Named} class is a component,
 * every {@code @ComponentImport} field or constructor parameter names an imported host service.
 */
record ScannerIndex(List<String> components, List<String> imports) {
    private static final String NAMED = "jakarta.inject.Named";
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";

    static ScannerIndex fromAnnotations(PluginJar jar) throws ClassNotFoundException {
        Set<String> components = new TreeSet<>();
        Set<String> imports = new TreeSet<>();
        for (String className : jar.classNames()) {
            if (!className.startsWith("app.hallway.")) {
                continue;
            }
            Class<?> type = jar.load(className);
            if (annotated(type.getDeclaredAnnotations(), NAMED)) {
                components.add(className);
            }
            for (Field field : type.getDeclaredFields()) {
                if (annotated(field.getDeclaredAnnotations(), COMPONENT_IMPORT)) {
                    imports.add(field.getType().getName());
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (annotated(parameter.getDeclaredAnnotations(), COMPONENT_IMPORT)) {
                        imports.add(parameter.getType().getName());
                    }
                }
            }
        }
        return new ScannerIndex(List.copyOf(components), List.copyOf(imports));
    }

    private static boolean annotated(java.lang.annotation.Annotation[] annotations, String name) {
        for (java.lang.annotation.Annotation annotation : annotations) {
            if (annotation.annotationType().getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
