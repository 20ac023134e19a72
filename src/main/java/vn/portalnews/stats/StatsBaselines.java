package vn.portalnews.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import vn.portalnews.common.PortalConfig;

/** Visit totals carried over from an old portal, set per site by configuration (portal.stats.baseline."slug"=N). */
@ApplicationScoped
public class StatsBaselines {

    void apply(@Observes StartupEvent event, PortalConfig config, EntityManager entityManager) {
        if (config.stats().baseline().isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> config.stats().baseline().forEach((slug, total) ->
                entityManager.createNativeQuery("update sites set stats_baseline = :total where slug = :slug")
                        .setParameter("total", total)
                        .setParameter("slug", slug)
                        .executeUpdate()));
    }
}
