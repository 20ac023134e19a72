package vn.portalnews.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.FilterProvider;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code fields=id,slug,title}: the properties an app wants of each item (or of the one item a detail shows),
 * so a phone downloads only those. Records marked {@code @JsonFilter(FieldSelection.FILTER)} are trimmed; what
 * they contain (a category, an image) comes whole. Each selection is rendered and cached on its own.
 */
public final class FieldSelection {

    public static final String FILTER = "fields";
    public static final String DESCRIPTION = "Only these properties of each item (of the article, on a detail), "
            + "comma-separated, e.g. id,slug,title,publishedAt; unknown names are a 400. With fields, an item's "
            + "schema holds only the properties asked for.";
    public static final FieldSelection ALL = new FieldSelection(null);

    private static final int MAX_LENGTH = 500;

    /** Null: every property. */
    private final SortedSet<String> names;

    private FieldSelection(SortedSet<String> names) {
        this.names = names;
    }

    /** @param allowed the properties the answer's items have */
    public static FieldSelection parse(QueryParams params, String raw, Collection<String> allowed) {
        String text = params.text("fields", raw, MAX_LENGTH);
        if (text == null) {
            return ALL;
        }
        SortedSet<String> names = new TreeSet<>();
        List<String> unknown = Arrays.stream(text.split(",", -1)).map(String::strip)
                .filter(name -> !allowed.contains(name) || !names.add(name)).distinct().toList();
        if (!unknown.isEmpty()) {
            params.reject("fields", "unknown or repeated: " + unknown.stream().map(name -> "'" + name + "'")
                    .collect(Collectors.joining(", ")) + "; the properties are " + String.join(", ", allowed));
            return ALL;
        }
        return new FieldSelection(names);
    }

    /** The JSON property names of a record's components, and {@code more}. */
    public static Set<String> namesOf(Class<? extends Record> type, String... more) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).forEach(names::add);
        names.addAll(List.of(more));
        return names;
    }

    /** Set apart in cache keys: empty for the whole answer. */
    public String cacheKey() {
        return names == null ? "" : "|fields=" + String.join(",", names);
    }

    FilterProvider filters() {
        return names == null ? EVERYTHING : new SimpleFilterProvider().addFilter(FILTER, new Only(names));
    }

    private static final FilterProvider EVERYTHING =
            new SimpleFilterProvider().setDefaultFilter(SimpleBeanPropertyFilter.serializeAll());

    /** Keeps the named properties, and the properties a record unwraps into its own (a search hit's article). */
    private static final class Only extends SimpleBeanPropertyFilter {
        private final Set<String> names;

        Only(Set<String> names) {
            this.names = names;
        }

        @Override
        protected boolean include(PropertyWriter writer) {
            return names.contains(writer.getName())
                    || writer instanceof com.fasterxml.jackson.databind.ser.BeanPropertyWriter bean && bean.isUnwrapping();
        }

        @Override
        protected boolean include(com.fasterxml.jackson.databind.ser.BeanPropertyWriter writer) {
            return include((PropertyWriter) writer);
        }
    }

    /** Without a selection every filtered record is written whole, by any writer of the application's mapper. */
    @Singleton
    public static class WholeByDefault implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.setFilterProvider(EVERYTHING);
        }
    }
}
