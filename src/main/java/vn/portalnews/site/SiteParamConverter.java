package vn.portalnews.site;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The one way a {@code {site}} path segment becomes a site: resources take {@code @PathParam("site") SiteRef},
 * resolved from the directory in memory; an unknown slug is a 404 problem before the resource runs (and after
 * authentication, on secured routes).
 */
@Provider
public class SiteParamConverter implements ParamConverterProvider {

    private final SiteDirectory sites;

    SiteParamConverter(SiteDirectory sites) {
        this.sites = sites;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != SiteRef.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<SiteRef>() {
            @Override
            public SiteRef fromString(String slug) {
                return sites.require(slug);
            }

            @Override
            public String toString(SiteRef site) {
                return site.slug();
            }
        };
    }
}
