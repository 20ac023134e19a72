package vn.portalnews.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.CacheTags;
import vn.portalnews.common.ContentChanges;
import vn.portalnews.common.PublicResponseCache;
import vn.portalnews.common.RequestValidation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Creating and changing portals; a change is visible on this instance as soon as it commits. */
@ApplicationScoped
@Transactional // writes; reads say SUPPORTS
public class SiteAdminService {

    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    private final SiteDirectory sites;
    private final ContentChanges changes;
    private final PublicResponseCache cache;
    private final RequestValidation validation;

    SiteAdminService(SiteDirectory sites, ContentChanges changes, PublicResponseCache cache, RequestValidation validation) {
        this.sites = sites;
        this.changes = changes;
        this.cache = cache;
        this.validation = validation;
    }

    public SiteView create(SiteInput input) {
        validation.check("body", input);
        if (input.slug() == null) {
            throw ApiProblemException.invalid("slug", "is required");
        }
        if (Site.count("slug", input.slug()) > 0) {
            throw ApiProblemException.conflict("There is a site '" + input.slug() + "' already");
        }
        Site site = new Site();
        site.slug = input.slug();
        site.name = input.name().strip();
        site.timeZone = zone(input.timeZone());
        site.siteUrl = input.siteUrl();
        site.articleUrlTemplate = input.articleUrlTemplate();
        site.documentUrlTemplate = input.documentUrlTemplate();
        site.persist();
        site.flush();
        refreshOnCommit(List.of(CacheTags.SITES));
        return view(site);
    }

    public SiteView update(String slug, SiteInput input) {
        validation.check("body", input);
        Site site = Site.<Site>find("slug", slug).firstResultOptional()
                .orElseThrow(() -> ApiProblemException.notFound("There is no site '" + slug + "'"));
        if (input.slug() != null && !input.slug().equals(slug)) {
            throw ApiProblemException.invalid("slug", "cannot change; it is part of every URL of the site");
        }
        site.name = input.name().strip();
        site.timeZone = zone(input.timeZone());
        site.siteUrl = input.siteUrl();
        site.articleUrlTemplate = input.articleUrlTemplate();
        site.documentUrlTemplate = input.documentUrlTemplate();
        refreshOnCommit(List.of(CacheTags.SITES, CacheTags.site(site.slug)));
        return view(site);
    }

    private static SiteView view(Site site) {
        return new SiteView(site.slug, site.name, site.timeZone, site.siteUrl, site.articleUrlTemplate, site.documentUrlTemplate);
    }

    /** The directory and every cached answer after commit; at the CDN, the answers {@code tags} name. */
    private void refreshOnCommit(List<String> tags) {
        changes.afterCommit(() -> {
            sites.refresh();
            cache.invalidateAll();
        });
        changes.purgeAtCdn(tags);
    }

    private static String zone(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(raw).getId();
        } catch (DateTimeException e) {
            throw ApiProblemException.invalid("timeZone", "is not an IANA time zone such as Asia/Ho_Chi_Minh");
        }
    }
}
