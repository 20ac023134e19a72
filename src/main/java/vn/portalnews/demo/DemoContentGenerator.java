package vn.portalnews.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import vn.portalnews.common.Slugs;

/**
 * Writes plausible commune news in Vietnamese from templates of our own. Deterministic: the same seed and
 * anchor instant give the same articles, so demo content and benchmark corpora are reproducible.
 */
public final class DemoContentGenerator {

    public record DemoSite(String slug, String name, String placeName, List<DemoCategory> categories) {
    }

    public record DemoCategory(String slug, String name, List<String> topics) {
    }

    public record DemoArticle(String categorySlug, String slug, String title, String summary, String body,
                              String author, String status, Instant publishedAt, long viewCount) {
    }

    public static final List<DemoSite> SITES = List.of(
            new DemoSite("xa-an-binh", "Cổng thông tin điện tử xã An Bình", "xã An Bình", categories()),
            new DemoSite("thi-tran-hoa-son", "Cổng thông tin điện tử thị trấn Hòa Sơn", "thị trấn Hòa Sơn", categories()));

    private static List<DemoCategory> categories() {
        return List.of(
                new DemoCategory("tin-tuc-su-kien", "Tin tức - Sự kiện", List.of(
                        "đại hội đại biểu nhân dân", "lễ kỷ niệm ngày thành lập", "phong trào thi đua yêu nước",
                        "hội nghị tiếp xúc cử tri", "ngày hội đại đoàn kết toàn dân tộc")),
                new DemoCategory("cai-cach-hanh-chinh", "Cải cách hành chính", List.of(
                        "cải cách hành chính", "dịch vụ công trực tuyến", "chuyển đổi số",
                        "một cửa liên thông", "chữ ký số", "thủ tục hành chính")),
                new DemoCategory("kinh-te-xa-hoi", "Kinh tế - Xã hội", List.of(
                        "xây dựng nông thôn mới", "chuyển đổi cơ cấu cây trồng", "giảm nghèo bền vững",
                        "bảo hiểm y tế", "khuyến học khuyến tài", "bảo vệ môi trường")),
                new DemoCategory("thong-bao", "Thông báo", List.of(
                        "lịch tiếp công dân", "phòng chống thiên tai", "tiêm chủng mở rộng",
                        "tuyển chọn công dân nhập ngũ", "an toàn giao thông")));
    }

    private static final List<String> TITLE_PATTERNS = List.of(
            "%2$s triển khai kế hoạch %1$s năm %3$d",
            "Hội nghị sơ kết công tác %1$s %4$s",
            "Ủy ban nhân dân %2$s đẩy mạnh %1$s",
            "Tuyên truyền về %1$s đến từng thôn, khu phố",
            "Kết quả thực hiện %1$s %4$s tại %2$s",
            "Hướng dẫn người dân tham gia %1$s",
            "Nâng cao hiệu quả %1$s trên địa bàn %2$s",
            "%2$s kiểm tra tiến độ %1$s %4$s");
    private static final List<String> SENTENCES = List.of(
            "Thực hiện kế hoạch của Ủy ban nhân dân huyện, %2$s đã tổ chức nhiều hoạt động về %1$s.",
            "Cán bộ, công chức được phân công theo dõi từng thôn, kịp thời giải đáp thắc mắc của người dân.",
            "Đến nay, phần lớn hộ gia đình đã nắm được các nội dung chính về %1$s.",
            "Hội nghị đã đánh giá những kết quả đạt được và chỉ ra một số hạn chế cần khắc phục.",
            "Ủy ban nhân dân %2$s yêu cầu các ban, ngành phối hợp chặt chẽ trong thời gian tới.",
            "Nhiều ý kiến đề xuất tăng cường ứng dụng công nghệ thông tin để phục vụ người dân tốt hơn.",
            "Người dân có thể liên hệ bộ phận tiếp nhận và trả kết quả để được hướng dẫn cụ thể.",
            "Công tác %1$s được lồng ghép trong các buổi sinh hoạt khu dân cư và trên loa truyền thanh.",
            "Các đoàn thể chính trị - xã hội tích cực vận động hội viên hưởng ứng.",
            "Trong quý tới, %2$s phấn đấu hoàn thành các chỉ tiêu đã đề ra về %1$s.");
    private static final List<String> CITING = List.of(
            "Thực hiện %1$s của Ủy ban nhân dân %3$s, các thôn đã rà soát và báo cáo tình hình %2$s.",
            "Căn cứ %1$s, ban chỉ đạo phân công nhiệm vụ cụ thể cho từng thành viên về %2$s.",
            "Nội dung triển khai bám sát %1$s, bảo đảm đúng tiến độ đề ra.");
    private static final List<String> PERIODS = List.of(
            "quý I", "quý II", "quý III", "quý IV", "6 tháng đầu năm", "9 tháng", "tháng %d");
    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Đức", "Thanh", "Hữu", "Ngọc");
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dung", "Hà", "Hải", "Lan", "Nam", "Phúc", "Vy");

    private final Random random;
    private final Instant anchor;
    private final ZoneId zone;

    public DemoContentGenerator(long seed, Instant anchor, ZoneId zone) {
        this.random = new Random(seed);
        this.anchor = anchor;
        this.zone = zone;
    }

    /**
     * Streams {@code count} articles of a site over the two years before the anchor; a few are drafts and
     * one is scheduled for the next day, so every status shows up in the demo. About a third refer to one of
     * {@code references} ("Kế hoạch số 13/KH-UBND ngày 13/01/2025"), as portal news does.
     */
    public void articles(DemoSite site, int count, List<String> references, Consumer<DemoArticle> sink) {
        Set<String> slugs = new HashSet<>();
        LocalDate today = anchor.atZone(zone).toLocalDate();
        for (int i = 0; i < count; i++) {
            DemoCategory category = pick(site.categories());
            String topic = pick(category.topics());
            ZonedDateTime local = today.minusDays(random.nextInt(730))
                    .atTime(LocalTime.of(7 + random.nextInt(10), random.nextInt(60), random.nextInt(60)))
                    .atZone(zone);
            String status = random.nextInt(50) == 0 ? "DRAFT" : "PUBLISHED";
            if (i == count - 1) {
                local = today.plusDays(1).atTime(8, 0).atZone(zone);
            } else if (local.toInstant().isAfter(anchor)) {
                local = local.minusDays(1);
            }
            String period = String.format(pick(PERIODS), local.getMonthValue());
            String title = capitalize(String.format(pick(TITLE_PATTERNS), topic, site.placeName(), local.getYear(), period));
            String slug = unique(slugs, Slugs.of(title, 180));
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3 + random.nextInt(3); p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    paragraph.append(String.format(pick(SENTENCES), topic, site.placeName())).append(' ');
                }
                paragraphs.add(paragraph.toString().trim());
            }
            if (!references.isEmpty() && random.nextInt(3) == 0) {
                paragraphs.add(1, String.format(pick(CITING), pick(references), topic, site.placeName()));
            }
            String body = "<p>" + String.join("</p>\n<p>", paragraphs) + "</p>";
            long ageDays = Math.max(1, java.time.Duration.between(local.toInstant(), anchor).toDays());
            long views = "PUBLISHED".equals(status) ? 20 + random.nextInt(200) + Math.min(ageDays, 400) * random.nextInt(8) : 0;
            sink.accept(new DemoArticle(category.slug(), slug, title, paragraphs.get(0), body,
                    pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN), status, local.toInstant(), views));
        }
    }

    /** The anchor's local day. */
    LocalDate today() {
        return anchor.atZone(zone).toLocalDate();
    }

    private static String unique(Set<String> taken, String base) {
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
