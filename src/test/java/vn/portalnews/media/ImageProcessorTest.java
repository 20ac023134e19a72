package vn.portalnews.media;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor(
            new ImageProcessor.Settings(1_000_000, List.of(320, 640, 1024, 1600), 0.82f, 0.8f));

    @Test
    void shouldNeverEnlarge() {
        assertEquals(List.of(320, 640, 1024, 1600), List.copyOf(processor.ladder(4000)));
        assertEquals(List.of(320, 640, 1000), List.copyOf(processor.ladder(1000)));
        assertEquals(List.of(320, 640), List.copyOf(processor.ladder(640)));
        assertEquals(List.of(200), List.copyOf(processor.ladder(200)));
    }

    @Test
    void shouldTurnEveryExifOrientationUpright() {
        // a 4×2 picture with one marked pixel at its top-left corner
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        int[][] expectedCorner = {null, {0, 0}, {3, 0}, {3, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 3}, {0, 3}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage turned = ImageProcessor.orient(image, orientation);
            assertEquals(orientation >= 5 ? 2 : 4, turned.getWidth(), "width for orientation " + orientation);
            int[] at = expectedCorner[orientation];
            assertEquals(0xff0000, turned.getRGB(at[0], at[1]) & 0xffffff, "marked pixel for orientation " + orientation);
        }
    }

    @Test
    void shouldCheckThePixelCountBeforeDecoding() throws Exception {
        Path bomb = Files.createTempFile("bomb", ".png");
        try {
            Files.write(bomb, TestFiles.pngClaiming(20_000, 20_000));
            ImageProcessor.Rejected rejected = assertThrows(ImageProcessor.Rejected.class, () -> processor.process(bomb, "image/png"));
            assertTrue(rejected.tooLarge());
            assertTrue(rejected.getMessage().contains("400000000 pixels"), rejected.getMessage());
        } finally {
            Files.delete(bomb);
        }
    }

    @Test
    void shouldMakeWebpAndJpegAtEachWidthSmallestFirst() throws Exception {
        Path photo = Files.createTempFile("photo", ".jpg");
        try {
            Files.write(photo, TestFiles.jpeg(1200, 800));
            ImageProcessor.Processed processed = processor.process(photo, "image/jpeg");
            assertEquals("jpeg", processed.original().format());
            assertEquals(List.of(320, 320, 640, 640, 1024, 1024, 1200, 1200), processed.variants().stream().map(ImageProcessor.Encoded::width).toList());
            assertEquals(List.of(213, 213, 427, 427, 683, 683, 800, 800), processed.variants().stream().map(ImageProcessor.Encoded::height).toList());
            assertEquals(List.of("webp", "jpeg", "webp", "jpeg", "webp", "jpeg", "webp", "jpeg"),
                    processed.variants().stream().map(ImageProcessor.Encoded::format).toList());
        } finally {
            Files.delete(photo);
        }
    }
}
