package vn.portalnews.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UserList")
public record UserList(List<UserView> items, @Schema(description = "Pass as cursor for the next page; null on the last") String nextCursor) {
}
