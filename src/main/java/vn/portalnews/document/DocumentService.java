package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.common.InvalidParam;
import vn.portalnews.common.KeysetPage;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.Paging;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.QueryParams;
import vn.portalnews.media.MediaLibrary;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The public side of documents: the list with its filters and facets, and a document's page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentService {

    /** Articles a document's page lists. */
    private static final int MAX_ARTICLES = 50;

    /** The filters as a reader gives them: term slugs, a year, dates, a legal status name and text. */
    public record Criteria(String type, String issuer, String field, Integer year, LocalDate from, LocalDate to,
                           String status, String q) {

        /** Only a type, as a feed narrows by. */
        public static Criteria ofType(String type) {
            return new Criteria(type, null, null, null, null, null, null, null);
        }

        /** Part of cache keys: the filters as given, so a cached answer is found without resolving a term. */
        public String cacheKey() {
            return type + "|" + issuer + "|" + field + "|" + year + "|" + from + "|" + to + "|" + status + "|" + q;
        }
    }

    private final DocumentQueries queries;
    private final DocumentTermService terms;
    private final CursorCodec cursors;
    private final PublicResponseCache counts;
    private final Clock clock;

    DocumentService(DocumentQueries queries, DocumentTermService terms, CursorCodec cursors, PublicResponseCache counts,
                    Clock clock) {
        this.queries = queries;
        this.terms = terms;
        this.cursors = cursors;
        this.counts = counts;
        this.clock = clock;
    }

    /** The site's day: what "in effect" is judged on. */
    LocalDate today(SiteRef site) {
        return LocalDate.ofInstant(clock.instant(), site.zone());
    }

    /** Resolves term slugs: an unknown one is a 400 naming its parameter. */
    DocumentFilter filter(SiteRef site, Criteria criteria) {
        List<InvalidParam> problems = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        slugs.put("type", criteria.type());
        slugs.put("issuer", criteria.issuer());
        slugs.put("field", criteria.field());
        Map<String, Long> ids = terms.ids(site, slugs, problems);
        if (!problems.isEmpty()) {
            throw ApiProblemException.invalid(problems);
        }
        DocumentFilter.LegalStatus status = criteria.status() == null ? null : DocumentFilter.LegalStatus.ofWire(criteria.status());
        String text = criteria.q() == null || criteria.q().isBlank() ? null : criteria.q().strip();
        return new DocumentFilter(ids.get("type"), ids.get("issuer"), ids.get("field"), criteria.year(), criteria.from(), criteria.to(), status, text, today(site));
    }

    public DocumentPage list(SiteRef site, Criteria criteria, Paging paging) {
        DocumentFilter filter = filter(site, criteria);
        String scope = "documents|" + site.id() + "|" + filter.scope();
        Object[] after = null;
        if (paging.cursor() != null) {
            Position position = cursors.decode("cursor", scope, paging.cursor());
            after = new Object[]{position.score() > 0, LocalDate.ofInstant(position.at(), ZoneOffset.UTC), position.id()};
        }
        KeysetPage<DocumentQueries.DocumentRow> page = KeysetPage.of(
                queries.page(site.id(), filter, after, paging.limit() + 1, paging.offset()), paging.limit());
        String nextCursor = page.nextCursor(last -> cursors.encode(scope,
                new Position(last.issuedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), last.id(), last.exact() ? 1 : 0)));
        List<DocumentSummary> items = page.map(row -> summary(row, filter.today()));
        if (paging.page() == null) {
            return new DocumentPage(items, nextCursor, null, null, null);
        }
        long total = counts.count(site.id(), "document-count|" + filter.cacheKey(), () -> queries.count(site.id(), filter));
        return new DocumentPage(items, nextCursor, paging.page(), total, paging.pages(total));
    }

    public DocumentFacets facets(SiteRef site, Criteria criteria) {
        DocumentFilter filter = filter(site, criteria);
        Map<DocumentFilter.Dimension, Map<Long, Long>> counts = queries.facetCounts(site.id(), filter);
        List<DocumentQueries.TermRow> terms = queries.terms(site.id());
        return new DocumentFacets(terms(terms, "type", counts.get(DocumentFilter.Dimension.TYPE)),
                terms(terms, "issuer", counts.get(DocumentFilter.Dimension.ISSUER)),
                terms(terms, "field", counts.get(DocumentFilter.Dimension.FIELD)),
                counts.get(DocumentFilter.Dimension.YEAR).entrySet().stream()
                        .sorted(Map.Entry.<Long, Long>comparingByKey().reversed())
                        .map(year -> new DocumentFacets.YearCount(year.getKey().intValue(), year.getValue())).toList());
    }

    /** The terms of a kind that have documents, in their editors' order. */
    private static List<DocumentFacets.TermCount> terms(List<DocumentQueries.TermRow> terms, String kind, Map<Long, Long> counts) {
        return terms.stream().filter(term -> term.kind().equals(kind) && counts.containsKey(term.id()))
                .map(term -> new DocumentFacets.TermCount(term.slug(), term.name(), counts.get(term.id()))).toList();
    }

    public DocumentDetail detail(SiteRef site, long id) {
        DocumentQueries.DetailRow row = queries.published(site.id(), id)
                .orElseThrow(() -> ApiProblemException.notFound("Site '" + site.slug() + "' has no published document " + id));
        DocumentQueries.DocumentRow document = row.document();
        DocumentDetail.DocumentLink replacedBy = document.replacedById() == null ? null
                : queries.link(site.id(), document.replacedById()).map(DocumentService::link).orElse(null);
        return new DocumentDetail(document.id(), document.number(), TermRef.of(document.typeSlug(), document.typeName()),
                TermRef.of(document.issuerSlug(), document.issuerName()), TermRef.of(document.fieldSlug(), document.fieldName()),
                document.issuedOn(), document.effectiveOn(), document.expiresOn(),
                DocumentFilter.LegalStatus.on(today(site), document.effectiveOn(), document.expiresOn(), document.replacedById()).wire,
                replacedBy, queries.replaced(document.id()).stream().map(DocumentService::link).toList(),
                document.summary(), document.signerName(), document.signerTitle(), row.fullText(),
                MediaLibrary.attachments(row.files()),
                queries.articles(site.id(), document.id(), document.numberKey(), document.issuedOn().getYear(), clock.instant(),
                                MAX_ARTICLES).stream()
                        .map(article -> new DocumentDetail.ArticleLink(article.id(), article.slug(), article.title(),
                                LocalDates.local(article.publishedAt(), site.zone()), article.relation()))
                        .toList(),
                LocalDates.local(row.publishedAt(), site.zone()), LocalDates.local(row.updatedAt(), site.zone()));
    }

    static DocumentSummary summary(DocumentQueries.DocumentRow row, LocalDate today) {
        return new DocumentSummary(row.id(), row.number(), TermRef.of(row.typeSlug(), row.typeName()),
                TermRef.of(row.issuerSlug(), row.issuerName()), TermRef.of(row.fieldSlug(), row.fieldName()),
                row.issuedOn(), row.effectiveOn(), row.expiresOn(),
                DocumentFilter.LegalStatus.on(today, row.effectiveOn(), row.expiresOn(), row.replacedById()).wire,
                row.summary(), row.signerName(), row.signerTitle());
    }

    private static DocumentDetail.DocumentLink link(DocumentQueries.Link link) {
        return new DocumentDetail.DocumentLink(link.id(), link.number(), link.type(), link.issuedOn());
    }
}
