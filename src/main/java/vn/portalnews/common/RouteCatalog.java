package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every HTTP route the application's resources declare. Quarkus REST answers 404 instead of 405 when a path
 * is claimed by several resource classes; the catalog lets the problem mapper tell the two apart, and lets
 * tests walk every route.
 */
@ApplicationScoped
public class RouteCatalog {

    public record Route(String method, String template, Pattern pattern) {
    }

    private final List<Route> routes;

    RouteCatalog(BeanManager beans) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("vn.portalnews.") && type.isAnnotationPresent(Path.class)) {
                collect(type, found);
            }
        }
        found.sort(Comparator.comparing(Route::template).thenComparing(Route::method));
        this.routes = List.copyOf(found);
    }

    public List<Route> routes() {
        return routes;
    }

    /** Methods served at this concrete path; empty when no route matches it at all. */
    public Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        return methods;
    }

    private static void collect(Class<?> type, List<Route> found) {
        String base = type.getAnnotation(Path.class).value();
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String declared = join(base, sub == null ? "" : sub.value());
            // the contract's form of the template ({format}), matched by the regex the path declares (rss|atom|json)
            found.add(new Route(httpMethod, declared.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"), toPattern(declared)));
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String joined = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            if (!part.startsWith("{")) {
                regex.append(Pattern.quote(part));
            } else {
                int colon = part.indexOf(':');
                regex.append(colon < 0 ? "[^/]+" : "(?:" + part.substring(colon + 1, part.length() - 1).trim() + ")");
            }
        }
        return Pattern.compile(regex + "/?");
    }
}
