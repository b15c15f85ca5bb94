package app.hallway.sandbox.velocity;

import java.lang.reflect.Method;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's introspector with Confluence 9+'s method allowlist: a call (or a property read through a getter)
 * that resolves to a plugin method missing from {@code <velocity-allowlist>} fails the rendering, where
 * Confluence would log "Method needs allowlisting" and render nothing. Failing loudly is the point here.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {
    private MethodAllowlist allowlist = new MethodAllowlist(java.util.Set.of(), "\u0000");

    @Override
    public void setRuntimeServices(RuntimeServices services) {
        Object configured = services.getApplicationAttribute(MethodAllowlist.ATTRIBUTE);
        if (configured instanceof MethodAllowlist list) {
            allowlist = list;
        }
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod found = super.getMethod(obj, methodName, args, info);
        if (found != null && obj != null) {
            check(introspector.getMethod(obj.getClass(), methodName, args), obj.getClass(), info);
        }
        return found;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet found = super.getPropertyGet(obj, identifier, info);
        if (found != null && obj != null && found.getMethodName() != null) {
            Method getter = introspector.getMethod(obj.getClass(), found.getMethodName(), new Object[0]);
            if (getter == null) {
                getter = introspector.getMethod(obj.getClass(), found.getMethodName(), new Object[] {identifier});
            }
            check(getter, obj.getClass(), info);
        }
        return found;
    }

    private void check(Method method, Class<?> runtimeClass, Info info) {
        if (method != null && !allowlist.allows(method, runtimeClass)) {
            String signature = MethodAllowlist.signature(method.getDeclaringClass(), method);
            log.error("Method needs allowlisting: " + signature);
            throw new MethodNotAllowlistedException(signature, info == null ? "?" : info.toString());
        }
    }
}
