package vn.portalnews.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns an uploaded image into what is served: the picture turned upright by its EXIF orientation and encoded
 * again, so no metadata (EXIF, GPS, XMP, comments) survives, plus smaller copies at the allowed widths in WebP
 * and JPEG. The pixel count is read from the header and checked before anything is decoded.
 */
final class ImageProcessor {

    /** What it may do: the pixel limit, the widths to make, the encoders' qualities (0 to 1). */
    record Settings(long maxPixels, List<Integer> widths, float jpegQuality, float webpQuality) {
    }

    /** One encoded picture. format is "jpeg", "png" or "webp". */
    record Encoded(int width, int height, String format, byte[] bytes) {
    }

    /** The full-size image and its variants, smallest first (WebP before JPEG at each width). */
    record Processed(Encoded original, List<Encoded> variants) {
        long storedBytes() {
            long total = original.bytes().length;
            for (Encoded variant : variants) {
                total += variant.bytes().length;
            }
            return total;
        }
    }

    /** An image refused: too many pixels (413), or bytes that do not decode (400). */
    static final class Rejected extends Exception {
        private final boolean tooLarge;

        Rejected(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    private final Settings settings;

    ImageProcessor(Settings settings) {
        this.settings = settings;
    }

    Processed process(Path file, String mime) throws Rejected, IOException {
        BufferedImage decoded = decode(file, mime);
        BufferedImage upright = orient(normalized(decoded), orientation(file));
        decoded.flush();
        String format = switch (mime) {
            case "image/jpeg" -> "jpeg";
            case "image/webp" -> "webp";
            default -> "png"; // PNG, and a GIF's first frame: lossless, like their source
        };
        Encoded original = encode(upright, format);
        List<Encoded> variants = new ArrayList<>();
        BufferedImage source = upright;
        for (int width : ladder(upright.getWidth()).descendingSet()) {
            int height = Math.max(1, Math.round((float) upright.getHeight() * width / upright.getWidth()));
            BufferedImage scaled = width == source.getWidth() ? source : scale(source, width, height);
            variants.add(0, encode(scaled, "jpeg"));
            variants.add(0, encode(scaled, "webp"));
            source = scaled; // each smaller size from the next larger: fewer pixels to read, less blur
        }
        return new Processed(original, variants);
    }

    /** The allowed widths below the image's own, and its own when it is within them: never enlarged. */
    TreeSet<Integer> ladder(int width) {
        TreeSet<Integer> ladder = new TreeSet<>();
        int largest = 0;
        for (int allowed : settings.widths()) {
            largest = Math.max(largest, allowed);
            if (allowed < width) {
                ladder.add(allowed);
            }
        }
        if (width <= largest) {
            ladder.add(width);
        }
        return ladder;
    }

    private BufferedImage decode(Path file, String mime) throws Rejected, IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mime);
        if (!readers.hasNext()) {
            throw new Rejected("no decoder for " + mime, false);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(input, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            } catch (IOException | RuntimeException broken) {
                throw new Rejected("the image's header cannot be read", false);
            }
            if (width <= 0 || height <= 0) {
                throw new Rejected("the image has no pixels", false);
            }
            long pixels = (long) width * height;
            if (pixels > settings.maxPixels()) {
                throw new Rejected("the image is " + width + "×" + height + " = " + pixels + " pixels; at most "
                        + settings.maxPixels() + " are accepted", true);
            }
            try {
                return reader.read(0); // a GIF's first frame
            } catch (IOException | RuntimeException broken) {
                throw new Rejected("the image data is broken: it ends early or does not decode", false);
            }
        } finally {
            reader.dispose();
        }
    }

    /** The EXIF orientation (1 to 8), 1 when there is none or it cannot be read. */
    static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (Exception unreadable) {
            // no usable metadata: the picture is taken as stored
        }
        return 1;
    }

    /** RGB, or ARGB when the picture has transparency: the two layouts everything below works on. */
    private static BufferedImage normalized(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return copy;
    }

    /** Applies an EXIF orientation: the stored pixels as the camera meant them to be seen. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swapped = orientation >= 5;
        BufferedImage turned = new BufferedImage(swapped ? h : w, swapped ? w : h, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        int outWidth = turned.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; } // 8
                }
                to[dy * outWidth + dx] = from[y * w + x];
            }
        }
        return turned;
    }

    /** Halves with bilinear filtering while that stays above the target, then one bicubic step: sharp and fast. */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        while (currentWidth / 2 >= width && currentHeight / 2 >= height) {
            currentWidth /= 2;
            currentHeight /= 2;
            current = draw(current, currentWidth, currentHeight, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }

    private Encoded encode(BufferedImage image, String format) throws IOException {
        BufferedImage pixels = image;
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            pixels = onWhite(image); // JPEG has no transparency
        }
        ImageWriter writer = switch (format) {
            case "webp" -> ImageIO.getImageWritersByMIMEType("image/webp").next();
            case "jpeg" -> ImageIO.getImageWritersByFormatName("jpeg").next();
            default -> ImageIO.getImageWritersByFormatName("png").next();
        };
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (!"png".equals(format)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            if ("webp".equals(format)) {
                param.setCompressionType("Lossy");
            }
            param.setCompressionQuality("webp".equals(format) ? settings.webpQuality() : settings.jpegQuality());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(pixels, null, null), param); // no metadata is written
        } finally {
            writer.dispose();
        }
        return new Encoded(image.getWidth(), image.getHeight(), format, bytes.toByteArray());
    }

    private static BufferedImage onWhite(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = flat.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return flat;
    }
}
