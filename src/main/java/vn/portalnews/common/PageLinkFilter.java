package vn.portalnews.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

/** The Link header of lists answered as records (the editors' and admins'); cached public lists get theirs in {@link HttpCaching}. */
@Provider
public class PageLinkFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Paged page && !response.getHeaders().containsKey("Link")) {
            URI uri = request.getUriInfo().getRequestUri();
            PageLinks.header(uri.getRawPath(), uri.getRawQuery(), page.pageState())
                    .ifPresent(link -> response.getHeaders().add("Link", link));
        }
    }
}
