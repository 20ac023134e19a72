package vn.portalnews.site;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ContentChangeListener;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Resolves the {site} path segment of every request from memory: sites change rarely and are few. The
 * directory is reloaded when the database announces a change to the sites, and once more when a blocking
 * request names a slug it does not know, so a site created a moment ago is found at once.
 */
@ApplicationScoped
public class SiteDirectory {

    private final AgroalDataSource dataSource;
    private volatile Map<String, SiteRef> bySlug;
    /** Numbers the loads in the order they start, so that a slow older load never replaces a newer one. */
    private final AtomicLong loadsStarted = new AtomicLong();
    private long publishedLoad;

    SiteDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void subscribe(@Observes StartupEvent event, ContentChangeListener changes) {
        changes.onSitesChanged(this::reload);
    }

    /** For threads that may wait on the database (requests run on workers; {@link SiteParamConverter} calls it). */
    public SiteRef require(String slug) {
        SiteRef site = sites().get(slug);
        if (site == null) {
            site = reload().get(slug);
        }
        if (site == null) {
            throw unknown(slug);
        }
        return site;
    }

    public List<SiteRef> all() {
        return sites().values().stream().sorted(Comparator.comparing(SiteRef::slug)).toList();
    }

    /** After this instance changed a site: its next request must see the change. */
    public void refresh() {
        reload();
    }

    private Map<String, SiteRef> sites() {
        Map<String, SiteRef> current = bySlug;
        return current != null ? current : reload();
    }

    private Map<String, SiteRef> reload() {
        long load = loadsStarted.incrementAndGet();
        Map<String, SiteRef> loaded = new HashMap<>();
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("select id, slug, name, time_zone, site_url, article_url_template, document_url_template from sites")) {
            while (result.next()) {
                SiteRef site = new SiteRef(result.getLong("id"), result.getString("slug"), result.getString("name"),
                        ZoneId.of(result.getString("time_zone")), result.getString("site_url"),
                        result.getString("article_url_template"), result.getString("document_url_template"));
                loaded.put(site.slug(), site);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the sites", e);
        }
        return publish(load, Map.copyOf(loaded));
    }

    /**
     * A load that started later read a snapshot at least as new: the change notifications' loads and the
     * loads of requests that met an unknown slug overlap, and the older must not win (a new site would
     * vanish again until the next change).
     */
    private synchronized Map<String, SiteRef> publish(long load, Map<String, SiteRef> loaded) {
        if (load > publishedLoad) {
            publishedLoad = load;
            bySlug = loaded;
        }
        return loaded;
    }

    private static ApiProblemException unknown(String slug) {
        return ApiProblemException.notFound("There is no site '" + slug + "'");
    }
}
