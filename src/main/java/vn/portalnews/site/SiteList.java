package vn.portalnews.site;

import java.util.List;

public record SiteList(List<SiteView> items) {
}
