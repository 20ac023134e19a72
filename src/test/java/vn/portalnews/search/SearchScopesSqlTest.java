package vn.portalnews.search;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scope words Java asks for are the ones the migrations put in every article's index entries. */
@QuarkusTest
class SearchScopesSqlTest {

    @Inject
    TestContent content;
    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    void shouldBuildTheScopeWordsTheDatabaseIndexes() {
        TestSite site = content.site("scopes");
        long category = content.category(site, "tin", "Tin", 0);
        // 23:30 UTC on the last day of the month: already the next month in Hanoi, still this one in UTC
        Instant at = Instant.parse("2025-12-31T23:30:00Z");
        content.published(site, category, "cuoi-nam", at);
        YearMonth month = YearMonth.from(at.atZone(ZoneOffset.UTC));

        String searchScope = (String) entityManager.createNativeQuery(
                        "select search_scope::text from articles where site_id = :site and slug = 'cuoi-nam'")
                .setParameter("site", site.id()).getSingleResult();
        assertEquals(Set.of(SearchScopes.site(site.id()), SearchScopes.year(site.id(), 2025), SearchScopes.month(site.id(), month)),
                Set.of(searchScope.replace("'", "").split(" ")));

        Object[] titleScopes = (Object[]) entityManager.createNativeQuery("select title_scopes(:site, :at)")
                .setParameter("site", site.id()).setParameter("at", at).getSingleResult();
        assertEquals(List.of(SearchScopes.site(site.id()), SearchScopes.month(site.id(), month)), List.of(titleScopes));
    }
}
