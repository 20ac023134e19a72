package vn.portalnews.category;

import java.util.List;

public record CategoryList(List<CategoryView> items) {
}
