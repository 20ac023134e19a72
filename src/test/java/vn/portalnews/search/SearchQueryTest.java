package vn.portalnews.search;

import org.junit.jupiter.api.Test;
import vn.portalnews.common.ApiProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchQueryTest {

    @Test
    void shouldRequireEveryWordButFunctionWords() {
        SearchQuery query = SearchQuery.parse("q", "Tuyên truyền về CẢI CÁCH");
        assertEquals(List.of("tuyên", "truyền", "về", "cải", "cách"), query.words());
        assertEquals("'tuyên' & 'truyền' & 'cải' & 'cách'", query.matchQuery());
    }

    @Test
    void shouldKeepFunctionWordsWhenNothingElseWasTyped() {
        assertEquals("'của' & 'các'", SearchQuery.parse("q", "của các").matchQuery());
    }

    @Test
    void shouldTurnQuotedTextIntoAPhrase() {
        SearchQuery query = SearchQuery.parse("q", "\"nông thôn mới\" xã");
        assertEquals("'xã' & ('nông' <-> 'thôn' <-> 'mới')", query.matchQuery());
    }

    @Test
    void shouldRankWordsInOrderAndExactAccentsOnlyWhenUseful() {
        SearchQuery query = SearchQuery.parse("q", "ban hành");
        assertEquals("'ban' <-> 'hành'", query.phraseQuery());
        assertEquals("'hành'", query.exactQuery());
        assertNull(SearchQuery.parse("q", "ban").phraseQuery());
        assertNull(SearchQuery.parse("q", "cai cach").exactQuery());
    }

    @Test
    void shouldTreatTheLastWordAsAPrefixForSuggest() {
        assertEquals("'cai':A & 'cach':A & 'hanh':A & 'ch':*A", SearchQuery.parse("q", "cai cach hanh ch").titlePrefixQuery());
    }

    @Test
    void shouldCarryNoOperatorsFromWhatWasTyped() {
        SearchQuery query = SearchQuery.parse("q", "a' | b & !c:* <->");
        assertEquals("'a' & 'b' & 'c'", query.matchQuery());
    }

    @Test
    void shouldRefuseEmptyLongAndWordlessQueries() {
        for (String bad : new String[]{null, " ", "x".repeat(201), "!!! ???"}) {
            ApiProblemException refused = assertThrows(ApiProblemException.class, () -> SearchQuery.parse("q", bad));
            assertEquals("q", refused.invalidParams().get(0).name());
        }
    }
}
