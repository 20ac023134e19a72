package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.Feed;
import vn.portalnews.common.FeedWriter;
import vn.portalnews.common.LocalDates;
import vn.portalnews.common.RenderedJson;
import vn.portalnews.media.Attachment;
import vn.portalnews.media.MediaLibrary;
import vn.portalnews.site.SiteRef;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** A site's newest documents as a feed (RSS, Atom, JSON Feed), files as enclosures, links to the frontend's pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentFeedService {

    /** base is the API's absolute address, self the feed's own. */
    public record FeedRequest(FeedWriter.Format format, String type, int limit, String base, String self) {
    }

    private final DocumentQueries queries;
    private final DocumentService documents;
    private final Clock clock;

    DocumentFeedService(DocumentQueries queries, DocumentService documents, Clock clock) {
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    public RenderedJson feed(SiteRef site, FeedRequest request) {
        Long typeId = request.type() == null ? null : documents.filter(site, DocumentService.Criteria.ofType(request.type())).typeId();
        List<DocumentQueries.DetailRow> newest = queries.newest(site.id(), typeId, request.limit());
        String host = URI.create(request.base()).getHost();
        OffsetDateTime updated = newest.stream().map(row -> LocalDates.local(row.updatedAt(), site.zone()))
                .max(OffsetDateTime::compareTo).orElse(LocalDates.local(clock.instant(), site.zone()));
        List<Feed.Item> items = newest.stream().map(row -> item(site, row, request, host)).toList();
        String home = site.siteUrl() != null ? site.siteUrl() : request.base() + "/api/v1/sites/" + site.slug() + "/documents";
        Feed feed = new Feed("tag:" + host + ",2026:" + site.slug() + ":documents" + (typeId == null ? "" : ":" + typeId),
                site.name() + " – Văn bản" + (typeId == null || newest.isEmpty() ? "" : " – " + newest.get(0).document().typeName()),
                "Văn bản mới của " + site.name(), home, request.self(), updated, items);
        return RenderedJson.of(FeedWriter.write(feed, request.format()),
                newest.stream().map(row -> CacheTags.document(row.document().id())).toList());
    }

    private static Feed.Item item(SiteRef site, DocumentQueries.DetailRow row, FeedRequest request, String host) {
        DocumentQueries.DocumentRow document = row.document();
        String link = site.documentPage(document.id())
                .orElse(request.base() + "/api/v1/sites/" + site.slug() + "/documents/" + document.id());
        List<Feed.Enclosure> files = MediaLibrary.attachments(row.files()).stream()
                .map((Attachment file) -> new Feed.Enclosure(request.base() + file.url(), file.mime(), file.bytes(), file.title()))
                .toList();
        OffsetDateTime issued = LocalDates.local(LocalDates.startOf(document.issuedOn(), site.zone()), site.zone());
        return new Feed.Item("tag:" + host + ",2026:" + site.slug() + ":document:" + document.id(),
                document.typeName() + " số " + document.number(), link, document.summary(), null, issued,
                LocalDates.local(row.updatedAt(), site.zone()),
                document.signerName() == null ? document.issuerName() : document.signerName(), document.typeName(),
                files.isEmpty() ? null : files.get(0), files);
    }
}
