package vn.portalnews.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumbersTest {

    @Test
    void shouldFoldEveryCommonWritingOfANumberToOneKey() {
        for (String written : List.of("13/KH-UBND", "13 KH UBND", "13/kh-ubnd", " 13-KH/UBND ", "13.KH.UBND")) {
            assertEquals("13khubnd", DocumentNumbers.key(written), written);
        }
        assertEquals("1234qdubnd", DocumentNumbers.key("1234/QĐ-UBND"));
        assertEquals("422022ndcp", DocumentNumbers.key("42/2022/NĐ-CP"));
        assertEquals(DocumentNumbers.key("05/NQ-HĐND"), DocumentNumbers.key("05 nq hdnd"));
    }

    @Test
    void shouldFindReferencesAsPortalsWriteThem() {
        List<DocumentNumbers.Citation> found = DocumentNumbers.citations(
                "Thực hiện Kế hoạch số 03/KH-UBND ngày 10/01/2022 của UBND xã và Quyết định 1234/QĐ-UBND, "
                        + "theo Nghị định số 42/2022/NĐ-CP; ngày 13/01/2020 họp. Nhắc lại Kế hoạch số 03/KH-UBND.");
        assertEquals(List.of(
                new DocumentNumbers.Citation("Kế hoạch số 03/KH-UBND ngày 10/01/2022", "03khubnd", 2022),
                new DocumentNumbers.Citation("Quyết định 1234/QĐ-UBND", "1234qdubnd", null),
                new DocumentNumbers.Citation("Nghị định số 42/2022/NĐ-CP", "422022ndcp", null)), found);
    }

    @Test
    void shouldNotTakeDatesPhoneNumbersOrFractionsForDocuments() {
        assertEquals(List.of(), DocumentNumbers.citations("Ngày 10/01/2022, tỷ lệ 3/4, gọi 0291/3812345, phòng 12/A."));
        assertEquals(1, DocumentNumbers.citations("Quyết định số 17/2020/QĐ-TTg của Thủ tướng").size());
    }

    @Test
    void shouldTellANumberFromWords() {
        assertTrue(DocumentNumbers.looksLikeNumber("13 KH UBND"));
        assertTrue(DocumentNumbers.looksLikeNumber("13/kh-ubnd"));
        assertFalse(DocumentNumbers.looksLikeNumber("kế hoạch phòng chống thiên tai"));
        assertFalse(DocumentNumbers.looksLikeNumber("2022"));
    }
}
