package vn.portalnews.site;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ContentChangeListener;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the {site} path segment of every request without a query: sites change rarely and are few.
 * An unknown slug is looked up once more in the database, so a site created a moment ago is found at once.
 */
@ApplicationScoped
public class SiteDirectory {

    private volatile Map<String, SiteRef> bySlug;

    void subscribe(@Observes StartupEvent event, ContentChangeListener changes) {
        changes.onSitesChanged(() -> bySlug = null);
    }

    public SiteRef require(String slug) {
        SiteRef site = sites().get(slug);
        if (site == null) {
            Site stored = Site.find("slug", slug).firstResult();
            if (stored == null) {
                throw ApiProblemException.notFound("There is no site '" + slug + "'");
            }
            bySlug = null;
            site = toRef(stored);
        }
        return site;
    }

    public List<SiteRef> all() {
        return sites().values().stream().sorted(Comparator.comparing(SiteRef::slug)).toList();
    }

    private Map<String, SiteRef> sites() {
        Map<String, SiteRef> current = bySlug;
        if (current == null) {
            List<Site> stored = Site.listAll();
            current = new ConcurrentHashMap<>(stored.stream().map(SiteDirectory::toRef)
                    .collect(Collectors.toMap(SiteRef::slug, Function.identity())));
            bySlug = current;
        }
        return current;
    }

    private static SiteRef toRef(Site site) {
        return new SiteRef(site.id, site.slug, site.name, ZoneId.of(site.timeZone));
    }
}
