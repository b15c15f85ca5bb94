package app.hallway.packaging;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The methods a Velocity template calls on Hallway's classes, in the velocity allow-list's notation
 * ({@code fqcn#getTitle()}), found from the template's {@code @vtlvariable} declarations and its references.
 */
final class TemplateCalls {
    private static final Pattern DECLARATION = Pattern.compile("#\\*\\s*@vtlvariable\\s+name=\"(\\w+)\"\\s+type=\"([\\w.$]+)\"\\s*\\*#");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?([a-zA-Z]\\w*)((?:\\.[a-zA-Z]\\w*(?:\\([^()]*\\))?)+)");
    private static final Pattern SEGMENT = Pattern.compile("\\.([a-zA-Z]\\w*)(\\(([^()]*)\\))?");

    private TemplateCalls() {
    }

    /** Declared variables of a template: name to type name. */
    static Map<String, String> declarations(String template) {
        Map<String, String> declared = new HashMap<>();
        Matcher matcher = DECLARATION.matcher(template);
        while (matcher.find()) {
            declared.put(matcher.group(1), matcher.group(2));
        }
        return declared;
    }

    /** Variables referenced with a property or method, e.g. {@code view} in {@code $view.title}. */
    static List<String> referencedVariables(String template) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(stripComments(template));
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    /** Every call on a Hallway class the template makes, resolved by reflection through {@code loader}. */
    static List<String> hallwayCalls(String template, Function<String, Class<?>> loader) {
        Map<String, String> declared = declarations(template);
        List<String> calls = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(stripComments(template));
        while (matcher.find()) {
            String type = declared.get(matcher.group(1));
            if (type == null) {
                continue;
            }
            Class<?> current = loader.apply(type);
            Matcher segment = SEGMENT.matcher(matcher.group(2));
            while (current != null && current.getName().startsWith("app.hallway.") && segment.find()) {
                Method method = resolve(current, segment.group(1), segment.group(2) != null, segment.group(3));
                calls.add(signature(current, method));
                current = method.getReturnType();
            }
        }
        return calls;
    }

    static String signature(Class<?> owner, Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","));
        return owner.getName() + "#" + method.getName() + "(" + parameters + ")";
    }

    private static Method resolve(Class<?> type, String name, boolean call, String arguments) {
        if (call) {
            int arity = arguments == null || arguments.isBlank() ? 0 : arguments.split(",").length;
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !Modifier.isStatic(m.getModifiers()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Template calls " + type.getName() + "#" + name + " which does not exist"));
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : List.of("get" + capitalised, "is" + capitalised)) {
            try {
                return type.getMethod(getter);
            } catch (NoSuchMethodException ignored) {
                // try the next JavaBean form
            }
        }
        throw new AssertionError("Template reads " + type.getName() + "." + name + " but there is no getter for it");
    }

    private static String stripComments(String template) {
        return template.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
    }
}
