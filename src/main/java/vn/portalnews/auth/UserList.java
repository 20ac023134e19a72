package vn.portalnews.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.portalnews.common.Paged;

import java.util.List;

@Schema(name = "UserList")
public record UserList(List<UserView> items,
                       @Schema(nullable = true, description = "Pass as cursor for the next page; null on the last") String nextCursor)
        implements Paged {
}
