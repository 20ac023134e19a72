package vn.portalnews.site;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One portal (a commune, town or district) of the deployment. */
@Entity
@Table(name = "sites")
public class Site extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The frontend's home page. */
    @Column(name = "site_url")
    public String siteUrl;

    /** The frontend's page of an article, with {slug} (and optionally {id}). */
    @Column(name = "article_url_template")
    public String articleUrlTemplate;

    /** The frontend's page of an official document, with {id}. */
    @Column(name = "document_url_template")
    public String documentUrlTemplate;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
