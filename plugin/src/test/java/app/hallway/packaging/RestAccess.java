package app.hallway.packaging;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which REST endpoints of a class fail to declare who may call them (Platform 7 access annotations). */
final class RestAccess {
    private static final Set<String> ACCESS = Set.of(
            "com.atlassian.annotations.security.LicensedOnly", "com.atlassian.annotations.security.AdminOnly",
            "com.atlassian.annotations.security.SystemAdminOnly", "com.atlassian.annotations.security.UnrestrictedAccess",
            "com.atlassian.annotations.security.AnonymousSiteAccess", "com.atlassian.annotations.security.UnlicensedSiteAccess");
    private static final Set<String> HTTP_METHODS = Set.of(
            "jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH");

    private RestAccess() {
    }

    static List<String> undeclared(Class<?> type) {
        List<String> undeclared = new ArrayList<>();
        boolean declaredOnClass = has(type.getAnnotations(), ACCESS);
        for (Method method : type.getDeclaredMethods()) {
            if (has(method.getAnnotations(), HTTP_METHODS) && !declaredOnClass && !has(method.getAnnotations(), ACCESS)) {
                undeclared.add(type.getName() + "#" + method.getName());
            }
        }
        return undeclared;
    }

    private static boolean has(Annotation[] annotations, Set<String> names) {
        for (Annotation annotation : annotations) {
            if (names.contains(annotation.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }
}
