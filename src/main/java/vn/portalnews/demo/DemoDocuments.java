package vn.portalnews.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Official documents of a demo site: plans, decisions, notices… numbered as portals number them (a sequence per
 * type and year: "13/KH-UBND"), over the two years before today, with a few expired plans. Written for the demo;
 * no real document's text.
 */
final class DemoDocuments {

    record Term(String kind, String slug, String name, int position) {
    }

    record DemoDocument(String typeSlug, String issuerSlug, String fieldSlug, String number, LocalDate issuedOn,
                        LocalDate effectiveOn, LocalDate expiresOn, String signerName, String signerTitle, String summary,
                        String fullText) {

        /** How an article refers to it. */
        String reference(String typeName) {
            return typeName + " số " + number + " ngày " + String.format("%02d/%02d/%d", issuedOn.getDayOfMonth(),
                    issuedOn.getMonthValue(), issuedOn.getYear());
        }
    }

    private record Type(String slug, String name, String code, String issuer, String summary) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("ke-hoach", "Kế hoạch", "KH", "ubnd", "Kế hoạch thực hiện %s năm %d"),
            new Type("quyet-dinh", "Quyết định", "QĐ", "ubnd", "Quyết định về việc kiện toàn Ban Chỉ đạo %s năm %d"),
            new Type("thong-bao", "Thông báo", "TB", "ubnd", "Thông báo về %s (đợt năm %d)"),
            new Type("bao-cao", "Báo cáo", "BC", "ubnd", "Báo cáo kết quả thực hiện %s năm %d"),
            new Type("nghi-quyet", "Nghị quyết", "NQ", "hdnd", "Nghị quyết về nhiệm vụ %s năm %d"),
            new Type("cong-van", "Công văn", "CV", "ubnd", "Công văn về việc triển khai %s năm %d"),
            new Type("chi-thi", "Chỉ thị", "CT", "ubnd", "Chỉ thị về tăng cường %s năm %d"),
            new Type("huong-dan", "Hướng dẫn", "HD", "bcd", "Hướng dẫn thực hiện %s năm %d"),
            new Type("to-trinh", "Tờ trình", "TTr", "ubnd", "Tờ trình đề nghị phê duyệt kinh phí %s năm %d"));
    private static final Map<String, String[]> ISSUERS = Map.of(
            "ubnd", new String[]{"ubnd-xa", "Ủy ban nhân dân", "UBND", "Chủ tịch"},
            "hdnd", new String[]{"hdnd-xa", "Hội đồng nhân dân", "HĐND", "Chủ tịch HĐND"},
            "bcd", new String[]{"ban-chi-dao", "Ban Chỉ đạo xây dựng nông thôn mới", "BCĐ", "Trưởng ban"});
    private static final List<String[]> FIELDS = List.of(
            new String[]{"cai-cach-hanh-chinh", "Cải cách hành chính"}, new String[]{"nong-nghiep", "Nông nghiệp - Nông thôn"},
            new String[]{"van-hoa-xa-hoi", "Văn hóa - Xã hội"}, new String[]{"y-te", "Y tế"},
            new String[]{"quoc-phong-an-ninh", "Quốc phòng - An ninh"}, new String[]{"tai-nguyen-moi-truong", "Tài nguyên - Môi trường"});
    private static final List<String> TOPICS = List.of(
            "cải cách hành chính", "chuyển đổi số", "xây dựng nông thôn mới", "phòng chống thiên tai", "tiêm chủng mở rộng",
            "giảm nghèo bền vững", "an toàn giao thông", "bảo vệ môi trường", "khuyến học khuyến tài", "tuyển chọn công dân nhập ngũ");
    private static final List<String> SIGNERS = List.of("Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tuấn", "Phạm Ngọc Lan");

    private DemoDocuments() {
    }

    static List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < TYPES.size(); i++) {
            terms.add(new Term("type", TYPES.get(i).slug(), TYPES.get(i).name(), i));
        }
        int position = 0;
        for (String key : List.of("ubnd", "hdnd", "bcd")) {
            terms.add(new Term("issuer", ISSUERS.get(key)[0], ISSUERS.get(key)[1], position++));
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            terms.add(new Term("field", FIELDS.get(i)[0], FIELDS.get(i)[1], i));
        }
        return terms;
    }

    static String typeName(String slug) {
        return TYPES.stream().filter(type -> type.slug().equals(slug)).findFirst().orElseThrow().name();
    }

    /** {@code count} documents issued over the two years before {@code today}, numbered in issue order. */
    static List<DemoDocument> generate(long seed, int count, LocalDate today) {
        Random random = new Random(seed);
        record Draft(Type type, LocalDate issuedOn, String topic, String field) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(new Draft(TYPES.get(random.nextInt(TYPES.size())), today.minusDays(1 + random.nextInt(730)),
                    TOPICS.get(random.nextInt(TOPICS.size())), FIELDS.get(random.nextInt(FIELDS.size()))[0]));
        }
        drafts.sort(Comparator.comparing(Draft::issuedOn));
        Map<String, Integer> sequence = new HashMap<>();
        List<DemoDocument> documents = new ArrayList<>(count);
        for (Draft draft : drafts) {
            Type type = draft.type();
            String[] issuer = ISSUERS.get(type.issuer());
            int year = draft.issuedOn().getYear();
            int number = sequence.merge(type.code() + year, 1, Integer::sum);
            LocalDate effective = draft.issuedOn().plusDays(random.nextInt(3) == 0 ? 10 : 0);
            LocalDate endOfYear = LocalDate.of(year, 12, 31);
            LocalDate expires = type.code().equals("KH") && random.nextBoolean() && !effective.isAfter(endOfYear) ? endOfYear : null;
            String summary = String.format(type.summary(), draft.topic(), year);
            String fullText = "Căn cứ chức năng, nhiệm vụ được giao; xét đề nghị của bộ phận chuyên môn, "
                    + issuer[1].toLowerCase() + " ban hành " + summary.substring(0, 1).toLowerCase() + summary.substring(1)
                    + ". Các thôn, ấp và ban, ngành đoàn thể tổ chức thực hiện nghiêm túc, báo cáo kết quả định kỳ.";
            documents.add(new DemoDocument(type.slug(), issuer[0], draft.field(),
                    String.format("%02d/%s-%s", number, type.code(), issuer[2]), draft.issuedOn(), effective, expires,
                    SIGNERS.get(random.nextInt(SIGNERS.size())), issuer[3], summary, fullText));
        }
        return documents;
    }
}
