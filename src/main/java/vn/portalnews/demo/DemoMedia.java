package vn.portalnews.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.media.MediaHtml;
import vn.portalnews.media.MediaItem;
import vn.portalnews.media.MediaService;
import vn.portalnews.media.MediaUpload;
import vn.portalnews.site.SiteRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo portals' pictures and files: drawn scenes uploaded through the media library's own checks and
 * processing, used as covers of the newest articles, in the bodies of the three newest, in two albums per
 * site; and a plan in PDF attached to those three and to the ten newest documents.
 */
@ApplicationScoped
class DemoMedia {

    /** What each of DemoImages' scenes shows, in order; the alt text is what a reader who cannot see it needs. */
    private record Scene(String alt, String caption) {
    }

    private static final List<Scene> SCENES = List.of(
            new Scene("Trụ sở Ủy ban nhân dân xã mái ngói đỏ, cột cờ đỏ sao vàng bên cánh đồng", "Trụ sở làm việc của xã"),
            new Scene("Cánh đồng lúa xanh trải dài tới chân dãy đồi", "Vụ lúa đông xuân đang thì con gái"),
            new Scene("Kênh thủy lợi uốn quanh ruộng lúa chín vàng", "Kênh nội đồng sau đợt nạo vét"),
            new Scene("Hàng cây xanh và ruộng lúa chín dưới trời chiều", "Mùa gặt trên đồng"),
            new Scene("Nhà văn hóa thôn mới xây bên ruộng lúa, lá cờ tung bay", "Nhà văn hóa thôn vừa khánh thành"),
            new Scene("Dòng kênh xanh chảy giữa hai bờ lúa, xa xa là đồi núi", "Cảnh quan nông thôn mới"));
    private static final String CREDIT = "Ảnh minh họa (demo)";
    private static final int COVERED_ARTICLES = 40;

    private final MediaService media;
    private final MediaHtml html;
    private final AgroalDataSource dataSource;

    DemoMedia(MediaService media, MediaHtml html, AgroalDataSource dataSource) {
        this.media = media;
        this.html = html;
        this.dataSource = dataSource;
    }

    void add(SiteRef site, int siteIndex) {
        List<Long> photos = new ArrayList<>();
        for (int i = 0; i < SCENES.size(); i++) {
            Scene scene = SCENES.get(i);
            photos.add(upload(site, "anh-" + (i + 1) + ".jpg", DemoImages.jpeg(i, siteIndex), scene.alt(),
                    scene.caption()).id());
        }
        long plan = upload(site, "Kế hoạch tổ chức (demo).pdf", DemoImages.pdf("Ke hoach to chuc - tai lieu demo"), "", "").id();
        try (Connection connection = dataSource.getConnection()) {
            covers(connection, site, photos);
            albums(connection, site, photos);
            documentFiles(connection, site, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not place the demo media", e);
        }
        QuarkusTransaction.requiringNew().run(() -> newestWithPictures(site, photos, plan));
    }

    private MediaItem upload(SiteRef site, String name, byte[] bytes, String alt, String caption) {
        try {
            Path file = Files.createTempFile("demo-media-", ".upload");
            try {
                Files.write(file, bytes);
                return media.importFile(site, new MediaUpload(file, name, alt, caption, CREDIT));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest public articles take the scenes as covers, in turn. */
    private static void covers(Connection connection, SiteRef site, List<Long> photos) throws SQLException {
        try (var statement = connection.prepareStatement("""
                with newest as (
                    select id, row_number() over (order by published_at desc, id desc) as n
                    from articles where site_id = ? and status = 'PUBLISHED' and published_at <= now()
                    order by published_at desc, id desc limit ?)
                update articles a set cover_media_id = p.id
                from newest, unnest(?::bigint[]) with ordinality as p(id, n)
                where a.id = newest.id and p.n = (newest.n - 1) % ? + 1;
                insert into media_uses (media_id, user_kind, user_id, label)
                select cover_media_id, 'article', id, left(title, 200) from articles where site_id = ? and cover_media_id is not null""")) {
            statement.setLong(1, site.id());
            statement.setInt(2, COVERED_ARTICLES);
            statement.setArray(3, connection.createArrayOf("bigint", photos.toArray()));
            statement.setInt(4, photos.size());
            statement.setLong(5, site.id());
            statement.execute();
        }
    }

    private static void albums(Connection connection, SiteRef site, List<Long> photos) throws SQLException {
        String[][] albums = {
                {"ngay-hoi-dai-doan-ket", "Ngày hội Đại đoàn kết toàn dân tộc", "Hình ảnh ngày hội tại các thôn (ảnh minh họa)"},
                {"canh-quan-nong-thon-moi", "Cảnh quan nông thôn mới", "Đồng ruộng, kênh mương và công trình công cộng của xã"}};
        for (int a = 0; a < albums.length; a++) {
            List<Long> chosen = a == 0 ? photos.subList(0, 4) : photos.subList(2, photos.size());
            try (var statement = connection.prepareStatement("""
                    with album as (
                        insert into albums (site_id, slug, title, description, published, photo_count, created_at, updated_at)
                        values (?, ?, ?, ?, true, ?, now() - (? || ' days')::interval, now()) returning id),
                    photos as (
                        insert into album_photos (album_id, position, media_id)
                        select album.id, p.n, p.id from album, unnest(?::bigint[]) with ordinality as p(id, n) returning media_id, album_id)
                    insert into media_uses (media_id, user_kind, user_id, label)
                    select distinct media_id, 'album', album_id, ? from photos""")) {
                statement.setLong(1, site.id());
                statement.setString(2, albums[a][0]);
                statement.setString(3, albums[a][1]);
                statement.setString(4, albums[a][2]);
                statement.setInt(5, chosen.size());
                statement.setString(6, Integer.toString(10 * (a + 1)));
                statement.setArray(7, connection.createArrayOf("bigint", chosen.toArray()));
                statement.setString(8, albums[a][1]);
                statement.execute();
            }
        }
    }

    /** The ten newest documents carry the plan as their file. */
    private static void documentFiles(Connection connection, SiteRef site, long plan) throws SQLException {
        try (var statement = connection.prepareStatement("""
                with newest as (select id, number from documents where site_id = ? order by issued_on desc, id desc limit 10),
                     files as (insert into document_files (document_id, position, media_id, title)
                               select id, 0, ?, number || ' (tài liệu demo)' from newest)
                insert into media_uses (media_id, user_kind, user_id, label) select ?, 'document', id, number from newest""")) {
            statement.setLong(1, site.id());
            statement.setLong(2, plan);
            statement.setLong(3, plan);
            statement.execute();
        }
    }

    /** The three newest articles open with a picture from the library (written out by MediaHtml) and attach the plan. */
    private void newestWithPictures(SiteRef site, List<Long> photos, long plan) {
        try (Connection connection = dataSource.getConnection();
             var newest = connection.prepareStatement("""
                     select id, body from articles where site_id = ? and status = 'PUBLISHED' and published_at <= now()
                     order by published_at desc, id desc limit 3""")) {
            newest.setLong(1, site.id());
            List<Long> ids = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            try (var rows = newest.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                    bodies.add(rows.getString("body"));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                long photo = photos.get((i + 3) % photos.size());
                String body = "<figure><img data-media-id=\"" + photo + "\"><figcaption>" + SCENES.get((i + 3) % SCENES.size()).caption()
                        + "</figcaption></figure>" + bodies.get(i);
                try (var update = connection.prepareStatement("""
                        update articles set body = ? where id = ?;
                        insert into article_attachments (article_id, position, media_id, title) values (?, 1, ?, 'Kế hoạch tổ chức (tài liệu demo)');
                        insert into media_uses (media_id, user_kind, user_id, label)
                        select m, 'article', ?, left(title, 200) from articles, unnest(array[?, ?]::bigint[]) as m where id = ?
                        on conflict do nothing""")) {
                    long id = ids.get(i);
                    update.setString(1, html.link(site, "body", body).html());
                    update.setLong(2, id);
                    update.setLong(3, id);
                    update.setLong(4, plan);
                    update.setLong(5, id);
                    update.setLong(6, photo);
                    update.setLong(7, plan);
                    update.setLong(8, id);
                    update.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not place the demo media", e);
        }
    }
}
