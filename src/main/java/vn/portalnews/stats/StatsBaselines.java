package vn.portalnews.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import vn.portalnews.site.SiteRef;

/**
 * Visit totals carried over from an old portal, set per site by configuration (portal.stats.baseline."slug"=N)
 * until an administrator sets one through the API.
 */
@ApplicationScoped
public class StatsBaselines {

    private final StatsQueries queries;

    StatsBaselines(StatsQueries queries) {
        this.queries = queries;
    }

    void apply(@Observes StartupEvent event, StatsConfig config) {
        if (config.baseline().isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> config.baseline().forEach((slug, total) ->
                queries.setConfiguredBaseline(slug, total)));
    }

    @Transactional
    public void setByAdmin(SiteRef site, long total) {
        queries.setAdminBaseline(site.id(), total);
    }
}
