package vn.portalnews.article.editor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One saved state of an article's text. */
@Entity
@Table(name = "article_revisions")
public class ArticleRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public long articleId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "editor_name", nullable = false)
    public String editorName;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String body;

    @Column(name = "cover_media_id")
    public Long coverMediaId;

    @Column(name = "cover_alt")
    public String coverAlt;

    /** [{"id": 43, "title": "..."}, ...]: the attachments as the article had them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String attachments = "[]";
}
