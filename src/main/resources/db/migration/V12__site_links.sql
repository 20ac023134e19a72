-- Where a site's pages live on its frontend: feeds and sitemaps link readers there. The API does not know the
-- frontend's page addresses, so each site says them: its home page, and a template for an article's page.
alter table sites
    add column site_url             text check (site_url ~ '^https?://'),
    add column article_url_template text check (article_url_template ~ '^https?://' and article_url_template like '%{slug}%');
