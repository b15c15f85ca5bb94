package app.hallway.sandbox.plugin;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A constructor-injection container shaped like the plugin's Spring context in Confluence: host beans are
 * registered by the host interface they implement; plugin components are singletons built through their single
 * public constructor (or the one annotated {@code @Inject}) with arguments resolved by type, and a
 * {@code List<T>} argument receives every bean of type {@code T}, as Spring injects a collection. Anything missing
 * fails at start-up, naming the class and the parameter, instead of at the first request.
 */
public final class Container {
    private final Map<Class<?>, Object> hostBeans = new LinkedHashMap<>();
    private final List<Class<?>> componentClasses = new ArrayList<>();
    private final Map<Class<?>, Object> singletons = new LinkedHashMap<>();
    private final Deque<Class<?>> creating = new ArrayDeque<>();

    public <T> Container registerHost(Class<T> type, T instance) {
        hostBeans.put(type, instance);
        return this;
    }

    public Container registerComponent(Class<?> type) {
        componentClasses.add(type);
        return this;
    }

    /** Fails unless every imported interface has a host implementation, listing all that lack one. */
    public void checkImports(List<Class<?>> imports) {
        List<String> missing = imports.stream().filter(i -> hostBeanFor(i) == null).map(Class::getName).toList();
        if (!missing.isEmpty()) {
            throw new ContainerException("The plugin imports host components the sandbox does not provide: " + missing);
        }
    }

    /** Instantiates every component now, as Spring does with non-lazy singletons. */
    public void instantiateComponents() {
        componentClasses.forEach(this::component);
    }

    /** The bean of {@code type}: a host bean, or the one component class assignable to it. */
    public <T> T get(Class<T> type) {
        Object host = hostBeanFor(type);
        if (host != null) {
            return type.cast(host);
        }
        List<Class<?>> candidates = componentClasses.stream().filter(type::isAssignableFrom).toList();
        if (candidates.size() > 1) {
            throw new ContainerException("More than one component implements " + type.getName() + ": " + candidates);
        }
        return candidates.isEmpty() ? null : type.cast(component(candidates.get(0)));
    }

    /** A module instance (macro, servlet, resource): the component singleton if it is one, else a new object. */
    public <T> T create(Class<T> type) {
        if (componentClasses.contains(type)) {
            return type.cast(component(type));
        }
        return type.cast(construct(type));
    }

    public List<Object> components() {
        return List.copyOf(singletons.values());
    }

    private Object component(Class<?> type) {
        Object existing = singletons.get(type);
        if (existing == null) {
            existing = construct(type);
            singletons.put(type, existing);
        }
        return existing;
    }

    private Object hostBeanFor(Class<?> type) {
        Object exact = hostBeans.get(type);
        if (exact != null) {
            return exact;
        }
        return hostBeans.values().stream().filter(type::isInstance).findFirst().orElse(null);
    }

    private Object construct(Class<?> type) {
        if (creating.contains(type)) {
            throw new ContainerException("Dependency cycle: " + creating + " -> " + type.getName());
        }
        creating.push(type);
        try {
            Constructor<?> constructor = constructorOf(type);
            Parameter[] parameters = constructor.getParameters();
            Object[] arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = argument(type, parameters[i], i);
            }
            Object instance = constructor.newInstance(arguments);
            callLifecycle(instance, "PostConstruct", "afterPropertiesSet");
            return instance;
        } catch (InvocationTargetException e) {
            throw new ContainerException("The constructor of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new ContainerException("Cannot instantiate " + type.getName() + ": " + e, e);
        } finally {
            creating.pop();
        }
    }

    /** Calls {@code @PreDestroy} (or Spring's {@code destroy()}) on every component, as disabling the plugin does. */
    public void destroy() {
        List<Object> components = new ArrayList<>(singletons.values());
        java.util.Collections.reverse(components);
        for (Object component : components) {
            try {
                callLifecycle(component, "PreDestroy", "destroy");
            } catch (InvocationTargetException | IllegalAccessException | RuntimeException e) {
                // Disabling goes on with the other components, as in Confluence.
            }
        }
    }

    /** Spring calls {@code @PostConstruct}/{@code @PreDestroy} (jakarta or javax) and the InitializingBean/DisposableBean methods. */
    private static void callLifecycle(Object instance, String annotation, String springMethod)
            throws InvocationTargetException, IllegalAccessException {
        for (java.lang.reflect.Method method : instance.getClass().getMethods()) {
            boolean annotated = Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getName())
                    .anyMatch(n -> n.equals("jakarta.annotation." + annotation) || n.equals("javax.annotation." + annotation));
            boolean springInterface = method.getName().equals(springMethod) && Arrays.stream(instance.getClass().getInterfaces())
                    .anyMatch(i -> i.getName().startsWith("org.springframework.beans.factory."));
            if (method.getParameterCount() == 0 && (annotated || springInterface)) {
                method.invoke(instance);
            }
        }
    }

    /** Every host bean and component of {@code type}, in registration order (Spring's collection injection). */
    public <T> List<T> all(Class<T> type) {
        List<T> beans = new ArrayList<>();
        hostBeans.values().stream().filter(type::isInstance).map(type::cast).forEach(beans::add);
        componentClasses.stream().filter(type::isAssignableFrom).map(this::component).map(type::cast).forEach(beans::add);
        return List.copyOf(beans);
    }

    private Object argument(Class<?> owner, Parameter parameter, int index) {
        if (parameter.getType() == List.class && parameter.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            List<?> beans = all(element);
            if (beans.isEmpty()) {
                throw new ContainerException("Cannot create " + owner.getName() + ": constructor parameter " + index + " (List<"
                        + element.getName() + ">) finds no bean of that type");
            }
            return beans;
        }
        Object value = get(parameter.getType());
        if (value == null) {
            throw new ContainerException("Cannot create " + owner.getName() + ": constructor parameter " + index + " ("
                    + parameter.getType().getName() + " " + parameter.getName()
                    + ") is neither a plugin component nor a host component the sandbox provides");
        }
        return value;
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new ContainerException(type.getName() + " is abstract and cannot be instantiated");
        }
        Constructor<?>[] constructors = type.getConstructors();
        List<Constructor<?>> injectable = Arrays.stream(constructors).filter(Container::annotatedInject).toList();
        if (injectable.size() == 1) {
            return injectable.get(0);
        }
        if (constructors.length == 1) {
            return constructors[0];
        }
        throw new ContainerException(type.getName() + " needs exactly one public constructor (or one annotated @Inject), it has "
                + constructors.length);
    }

    private static boolean annotatedInject(Constructor<?> constructor) {
        return Arrays.stream(constructor.getAnnotations())
                .map(a -> a.annotationType().getName())
                .anyMatch(n -> n.equals("jakarta.inject.Inject") || n.equals("javax.inject.Inject")
                        || n.equals("org.springframework.beans.factory.annotation.Autowired"));
    }
}
