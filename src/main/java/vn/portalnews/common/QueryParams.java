package vn.portalnews.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses query parameters by hand: JAX-RS conversion failures on query parameters surface as 404,
 * while a client deserves a 400 that names the parameter. Collects every problem before failing.
 */
public final class QueryParams {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    public static final String YEAR_RANGE = "year must be between " + MIN_YEAR + " and " + MAX_YEAR;

    private final List<InvalidParam> problems = new ArrayList<>();

    /** Years outside this range are typing mistakes, and some are beyond what PostgreSQL's timestamps hold. */
    public static boolean isStorableYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    public Integer integer(String name, String raw, int min, int max, Integer fallback) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                problems.add(new InvalidParam(name, "must be between " + min + " and " + max));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new InvalidParam(name, "must be a whole number between " + min + " and " + max));
            return fallback;
        }
    }

    public LocalDate date(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.trim(), ISO_DATE);
            if (!isStorableYear(date.getYear())) {
                problems.add(new InvalidParam(name, YEAR_RANGE));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new InvalidParam(name, "must be a calendar date as YYYY-MM-DD"));
            return null;
        }
    }

    public String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > maxLength) {
            problems.add(new InvalidParam(name, "must be at most " + maxLength + " characters"));
            return null;
        }
        return raw;
    }

    /** One of {@code allowed}, exactly as written; null when absent. */
    public String oneOf(String name, String raw, java.util.List<String> allowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!allowed.contains(raw)) {
            problems.add(new InvalidParam(name, "must be one of " + String.join(", ", allowed)));
            return null;
        }
        return raw;
    }

    public void reject(String name, String reason) {
        problems.add(new InvalidParam(name, reason));
    }

    /** Throws one 400 listing every invalid parameter seen so far. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw ApiProblemException.invalid(problems);
        }
    }
}
