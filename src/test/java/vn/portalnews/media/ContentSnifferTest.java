package vn.portalnews.media;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    private String detect(String name, byte[] bytes) throws Exception {
        Path file = Files.createTempFile("sniff", name);
        try {
            Files.write(file, bytes);
            return sniffer.detect(file);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void shouldTellTypesApartByTheirBytes() throws Exception {
        assertEquals("image/jpeg", detect(".pdf", TestFiles.jpeg(10, 10)));
        assertEquals("image/png", detect(".jpg", TestFiles.png(10, 10)));
        assertEquals("image/gif", detect("", TestFiles.gif(10, 10)));
        assertEquals("image/webp", detect("", TestFiles.webp(10, 10)));
        assertEquals("application/pdf", detect(".docx", TestFiles.pdf()));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", detect(".zip", TestFiles.docx()));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", detect("", TestFiles.xlsx()));
        assertEquals("application/vnd.oasis.opendocument.text", detect("", TestFiles.odt()));
        assertEquals("application/zip", detect(".docx", TestFiles.zip("a.txt", "x")));
    }

    @Test
    void shouldNotAcceptWhatIsNotOnTheList() throws Exception {
        for (byte[] refused : new byte[][]{TestFiles.pptx(), "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                "#!/bin/sh\necho".getBytes(StandardCharsets.UTF_8), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0}}) {
            assertTrue(sniffer.accepted(detect(".jpg", refused)).isEmpty());
        }
    }
}
