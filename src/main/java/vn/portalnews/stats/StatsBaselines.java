package vn.portalnews.stats;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.portalnews.site.SiteRef;

/**
 * Visit totals carried over from an old portal, set per site by configuration (portal.stats.baseline."slug"=N)
 * until an administrator sets one through the API.
 */
@ApplicationScoped
public class StatsBaselines {

    private final EntityManager entityManager;

    StatsBaselines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void apply(@Observes StartupEvent event, StatsConfig config) {
        if (config.baseline().isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> config.baseline().forEach((slug, total) ->
                entityManager.createNativeQuery("update sites set stats_baseline = :total where slug = :slug and not stats_baseline_from_admin")
                        .setParameter("total", total)
                        .setParameter("slug", slug)
                        .executeUpdate()));
    }

    @Transactional
    public void setByAdmin(SiteRef site, long total) {
        entityManager.createNativeQuery("update sites set stats_baseline = :total, stats_baseline_from_admin = true where id = :site")
                .setParameter("total", total)
                .setParameter("site", site.id())
                .executeUpdate();
    }
}
