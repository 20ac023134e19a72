package vn.portalnews.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.Formula;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.portalnews.category.Category;
import vn.portalnews.site.Site;

import java.time.Instant;

@Entity
@Table(name = "articles")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    public Site site;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    public Category category;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    /** Sanitized HTML. */
    @Column(nullable = false)
    public String body;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "cover_image_url")
    public String coverImageUrl;

    /** The cover from the media library; {@link #coverImageUrl} is the older, external form. */
    @Column(name = "cover_media_id")
    public Long coverMediaId;

    /** The cover's alt text in this article; the medium's own when null. */
    @Column(name = "cover_alt")
    public String coverAlt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Kept apart in article_counters, written only by the statistics flusher: counting never touches this row. */
    @Formula("(select coalesce(max(v.view_count), 0) from article_counters v where v.article_id = id)")
    public long viewCount;

    /** The user who created it; authors may edit only their own drafts. */
    @Column(name = "created_by")
    public Long createdBy;

    @Version
    public long version;
}
