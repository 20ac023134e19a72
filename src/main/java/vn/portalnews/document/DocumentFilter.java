package vn.portalnews.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a reader narrowed the documents to: each dimension by its term's id, the year and the range of issue
 * dates (each a range of the same index), the legal status on {@code today} (the site's day), and search text. One WHERE clause for the list,
 * its count and every facet; a facet leaves its own dimension out, so its counts say what choosing another value
 * would give.
 */
record DocumentFilter(Long typeId, Long issuerId, Long fieldId, Integer year, LocalDate from, LocalDate to,
                      LegalStatus status, String text, LocalDate today) {

    enum Dimension {
        TYPE("type_id"), ISSUER("issuer_id"), FIELD("field_id"), YEAR("issued_year");

        /** The column, the same in documents and document_counts. */
        final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    /** Whether the reader narrowed this dimension. */
    boolean filters(Dimension dimension) {
        return switch (dimension) {
            case TYPE -> typeId != null;
            case ISSUER -> issuerId != null;
            case FIELD -> fieldId != null;
            case YEAR -> year != null;
        };
    }

    /** The legal status of a document on a day: replaced wins, then the dates decide. */
    enum LegalStatus {
        IN_EFFECT("in_effect", "d.replaced_by_id is null and (d.effective_on is null or d.effective_on <= :today) "
                + "and (d.expires_on is null or d.expires_on >= :today)"),
        NOT_YET_EFFECTIVE("not_yet_effective", "d.replaced_by_id is null and d.effective_on > :today"),
        EXPIRED("expired", "d.replaced_by_id is null and d.expires_on < :today"),
        REPLACED("replaced", "d.replaced_by_id is not null");

        final String wire;
        final String sql;

        LegalStatus(String wire, String sql) {
            this.wire = wire;
            this.sql = sql;
        }

        static List<String> wireNames() {
            return java.util.Arrays.stream(values()).map(status -> status.wire).toList();
        }

        static LegalStatus ofWire(String wire) {
            return java.util.Arrays.stream(values()).filter(status -> status.wire.equals(wire)).findFirst().orElseThrow();
        }

        static LegalStatus on(LocalDate today, LocalDate effectiveOn, LocalDate expiresOn, Long replacedBy) {
            if (replacedBy != null) {
                return REPLACED;
            }
            if (effectiveOn != null && effectiveOn.isAfter(today)) {
                return NOT_YET_EFFECTIVE;
            }
            return expiresOn != null && expiresOn.isBefore(today) ? EXPIRED : IN_EFFECT;
        }
    }

    boolean searches() {
        return text != null;
    }

    /** The number key the search text would be, when it looks like a number ("13 KH UBND"). */
    String numberKey() {
        return text != null && DocumentNumbers.looksLikeNumber(text) ? DocumentNumbers.key(text) : null;
    }

    /** The conditions on {@code d}, without {@code skip}'s own; binds what they name into {@code values}. */
    String where(Dimension skip, Map<String, Object> values) {
        return where(skip, values, true);
    }

    /** The conditions without the search text's: what a newest-first window is cut from (see DocumentQueries#page). */
    String whereBesidesText(Map<String, Object> values) {
        return where(null, values, false);
    }

    private String where(Dimension skip, Map<String, Object> values, boolean withText) {
        List<String> conditions = new ArrayList<>(List.of("d.site_id = :site", "d.status = 'PUBLISHED'"));
        add(conditions, values, skip != Dimension.TYPE && typeId != null, "d.type_id = :type", "type", typeId);
        add(conditions, values, skip != Dimension.ISSUER && issuerId != null, "d.issuer_id = :issuer", "issuer", issuerId);
        add(conditions, values, skip != Dimension.FIELD && fieldId != null, "d.field_id = :field", "field", fieldId);
        if (skip != Dimension.YEAR && year != null) {
            // a range of issue dates, so the year takes the same index as from/to
            conditions.add("d.issued_on >= :yearStart and d.issued_on < :yearEnd");
            values.put("yearStart", LocalDate.of(year, 1, 1));
            values.put("yearEnd", LocalDate.of(year + 1, 1, 1));
        }
        add(conditions, values, from != null, "d.issued_on >= :from", "from", from);
        add(conditions, values, to != null, "d.issued_on <= :to", "to", to);
        if (status != null) {
            conditions.add(status.sql);
            values.put("today", today);
        }
        if (text != null && withText) {
            String key = numberKey();
            values.put("text", text);
            if (key != null) {
                values.put("key", key);
                conditions.add("(d.number_key like :key || '%' or d.search_all @@ plainto_tsquery('vn_unaccent', :text))");
            } else {
                conditions.add("d.search_all @@ plainto_tsquery('vn_unaccent', :text)");
            }
        }
        return String.join(" and ", conditions);
    }

    /**
     * Whether the counts can come from document_counts (V18): filters by type, issuer, field and year only. A
     * date range, a legal status or text need the documents themselves.
     */
    boolean countable() {
        return from == null && to == null && status == null && text == null;
    }

    /** The conditions on document_counts {@code c}, without {@code skip}'s own. */
    String whereCounts(Dimension skip, Map<String, Object> values) {
        List<String> conditions = new ArrayList<>(List.of("c.site_id = :site", "c.n > 0"));
        add(conditions, values, skip != Dimension.TYPE && typeId != null, "c.type_id = :type", "type", typeId);
        add(conditions, values, skip != Dimension.ISSUER && issuerId != null, "c.issuer_id = :issuer", "issuer", issuerId);
        add(conditions, values, skip != Dimension.FIELD && fieldId != null, "c.field_id = :field", "field", fieldId);
        add(conditions, values, skip != Dimension.YEAR && year != null, "c.issued_year = :year", "year", year);
        return String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, Map<String, Object> values, boolean applies, String condition,
                            String name, Object value) {
        if (applies) {
            conditions.add(condition);
            values.put(name, value);
        }
    }

    /** What a cursor is valid for: the filters, not the day (a reader paging across midnight keeps going). */
    String scope() {
        return typeId + "|" + issuerId + "|" + fieldId + "|" + year + "|" + from + "|" + to + "|" + status + "|" + text;
    }

    /** Part of cache keys: the filters and the day, since every answer says each document's legal status on it. */
    String cacheKey() {
        return scope() + "|" + today;
    }
}
