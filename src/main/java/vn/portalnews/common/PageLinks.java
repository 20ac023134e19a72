package vn.portalnews.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Link header of a page (RFC 8288): {@code next} from its cursor, and for numbered pages {@code first},
 * {@code prev}, {@code next} and {@code last}. Targets are the request's own path and query (its filters
 * kept) with the paging parameter replaced, as root-relative references, right behind any proxy.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static Optional<String> header(String path, String rawQuery, Paged.State state) {
        if (state == null) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String parameter : rawQuery.split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                if (!name.equals("cursor") && !name.equals("page") && !parameter.isEmpty()) {
                    kept.add(parameter);
                }
            }
        }
        List<String> links = new ArrayList<>();
        if (state.page() != null) {
            long last = state.totalPages() == null ? state.page() : Math.max(1, state.totalPages());
            links.add(link(path, kept, "page=1", "first"));
            if (state.page() > 1) {
                links.add(link(path, kept, "page=" + Math.min(state.page() - 1, last), "prev"));
            }
            if (state.page() < last) {
                links.add(link(path, kept, "page=" + (state.page() + 1), "next"));
            }
            links.add(link(path, kept, "page=" + last, "last"));
        } else if (state.nextCursor() != null) {
            links.add(link(path, kept, "cursor=" + URLEncoder.encode(state.nextCursor(), StandardCharsets.UTF_8), "next"));
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links));
    }

    private static String link(String path, List<String> kept, String paging, String relation) {
        List<String> parameters = new ArrayList<>(kept);
        parameters.add(paging);
        return "<" + path + "?" + String.join("&", parameters) + ">; rel=\"" + relation + "\"";
    }
}
