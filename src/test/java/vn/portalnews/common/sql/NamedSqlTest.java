package vn.portalnews.common.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamedSqlTest {

    @Test
    void shouldTurnEachNamedParameterIntoAPlaceholderInOrder() {
        NamedSql sql = NamedSql.parse("select * from a where a.site_id = :site and a.published_at <= :now and a.site_id <> :site");
        assertEquals("select * from a where a.site_id = ? and a.published_at <= ? and a.site_id <> ?", sql.jdbcSql());
        assertEquals(List.of("site", "now", "site"), sql.parameters());
    }

    @Test
    void shouldLeaveCastsAlone() {
        NamedSql sql = NamedSql.parse("select :at::timestamptz, cast(:ids as bigint[]), x::text");
        assertEquals("select ?::timestamptz, cast(? as bigint[]), x::text", sql.jdbcSql());
        assertEquals(List.of("at", "ids"), sql.parameters());
    }

    @Test
    void shouldIgnoreColonsInsideLiteralsIdentifiersAndComments() {
        String text = """
                select 'a :not '' :either', "col:umn", E'it\\'s :no', $$ :body $$, $tag$ :x $ :y $tag$ -- :comment
                /* :block /* :nested */ :still */ from t where x = :yes""";
        NamedSql sql = NamedSql.parse(text);
        assertEquals(List.of("yes"), sql.parameters());
        assertEquals(text.replace(":yes", "?"), sql.jdbcSql());
    }

    @Test
    void shouldNotMistakePositionalDollarsOrWordsForQuotes() {
        NamedSql sql = NamedSql.parse("select $1, a$b, :p from t where w % c.word and v < w || U&'\\+10FFFF' collate \"C\"");
        assertEquals(List.of("p"), sql.parameters());
    }

    @Test
    void shouldKeepAnUnterminatedLiteralAsText() {
        NamedSql sql = NamedSql.parse("select ':p");
        assertEquals(List.of(), sql.parameters());
        assertEquals("select ':p", sql.jdbcSql());
    }
}
