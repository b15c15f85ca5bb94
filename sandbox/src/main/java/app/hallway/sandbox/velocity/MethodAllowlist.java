package app.hallway.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin's {@code <velocity-allowlist>}: which of its own methods templates may call, as
 * {@code fqcn#name(paramTypes)}. Methods of classes outside {@code checkedPackagePrefix} (the JDK, Confluence's
 * types) are left to the host's global list, which the sandbox takes as allowing them.
 */
public final class MethodAllowlist {
    static final String ATTRIBUTE = "app.hallway.sandbox.velocity.MethodAllowlist";

    private final Set<String> methods;
    private final String checkedPackagePrefix;

    public MethodAllowlist(Set<String> methods, String checkedPackagePrefix) {
        this.methods = methods.stream().map(m -> m.replaceAll("\\s", "")).collect(Collectors.toUnmodifiableSet());
        this.checkedPackagePrefix = checkedPackagePrefix;
    }

    /** Whether a template may call {@code method} on an object of {@code runtimeClass}. */
    public boolean allows(Method method, Class<?> runtimeClass) {
        boolean checked = method.getDeclaringClass().getName().startsWith(checkedPackagePrefix)
                || runtimeClass.getName().startsWith(checkedPackagePrefix);
        return !checked || methods.contains(signature(method.getDeclaringClass(), method))
                || methods.contains(signature(runtimeClass, method));
    }

    /** {@code fqcn#name(type1,type2)}, the form Confluence logs as "Method needs allowlisting". */
    public static String signature(Class<?> owner, Method method) {
        String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","));
        return owner.getName() + "#" + method.getName() + "(" + parameters + ")";
    }
}
