package vn.portalnews.webhook;

import java.util.List;

/** The events an endpoint can subscribe to, by name or by group ({@code article.*}, or {@code *} for all). */
final class EventTypes {

    static final List<String> ALL = List.of(
            "article.published", "article.updated", "article.unpublished", "article.deleted",
            "category.created", "category.updated", "category.deleted",
            "media.created", "media.updated", "media.deleted",
            "document.published", "document.updated", "document.unpublished", "document.deleted");

    /** Sent only when an administrator asks for it; every endpoint gets it whatever it subscribed to. */
    static final String PING = "webhook.ping";

    static final String DESCRIPTION = "article.published, article.updated, article.unpublished, article.deleted, "
            + "category.created, category.updated, category.deleted, media.created, media.updated, media.deleted, "
            + "document.published, document.updated, document.unpublished, document.deleted, "
            + "a group (article.*, category.*, media.*, document.*) or * for all";

    private EventTypes() {
    }

    static boolean isValidFilter(String filter) {
        return filter.equals("*") || ALL.contains(filter)
                || (filter.endsWith(".*") && ALL.stream().anyMatch(type -> type.startsWith(filter.substring(0, filter.length() - 1))));
    }

    /** The filters that select {@code type}: the type itself, its group and {@code *}. */
    static String[] filtersSelecting(String type) {
        return new String[]{type, type.substring(0, type.indexOf('.')) + ".*", "*"};
    }
}
