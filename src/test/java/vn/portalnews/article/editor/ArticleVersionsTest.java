package vn.portalnews.article.editor;

import org.junit.jupiter.api.Test;
import vn.portalnews.common.ApiProblemException;
import vn.portalnews.common.ProblemType;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleVersionsTest {

    @Test
    void shouldAcceptTheCurrentVersionAloneOrInAList() {
        assertEquals("\"v3\"", ArticleVersions.etag(3));
        assertDoesNotThrow(() -> ArticleVersions.check("\"v3\"", 3, true));
        assertDoesNotThrow(() -> ArticleVersions.check("\"v1\", \"v3\"", 3, true));
    }

    @Test
    void shouldRefuseAnOldWeakOrWildcardTag() {
        for (String stale : new String[]{"\"v2\"", "W/\"v3\"", "*"}) {
            ApiProblemException refused = assertThrows(ApiProblemException.class, () -> ArticleVersions.check(stale, 3, true));
            assertEquals(ProblemType.PRECONDITION_FAILED, refused.type(), stale);
        }
    }

    @Test
    void shouldRequireIfMatchOnlyWhereItIsRequired() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ApiProblemException.class, () -> ArticleVersions.check(null, 3, true)).type());
        assertDoesNotThrow(() -> ArticleVersions.check(" ", 3, false));
    }
}
