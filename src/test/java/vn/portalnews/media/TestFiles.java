package vn.portalnews.media;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as cameras, phones and office programs make them, built in memory for upload tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Left half red, right half blue: which way it was turned shows in the result. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(halves(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(halves(width, height), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(halves(width, height), "gif");
    }

    public static byte[] webp(int width, int height) {
        return encode(halves(width, height), "webp");
    }

    static byte[] encode(BufferedImage image, String format) {
        ImageWriter writer = "webp".equals(format) ? ImageIO.getImageWritersByMIMEType("image/webp").next()
                : ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A JPEG as a phone writes it: an EXIF block with an orientation (6: turn 90° clockwise to view) and a GPS
     * position, right after the JFIF header.
     */
    public static byte[] phoneJpeg(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        byte[] exif = exifWithOrientationAndGps(6);
        int app0Length = ((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff);
        int insertAt = 4 + app0Length; // SOI (2) + APP0 marker (2) + its length
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, insertAt);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(exif);
        out.write(jpeg, insertAt, jpeg.length - insertAt);
        return out.toByteArray();
    }

    /** "Exif\0\0", then a big-endian TIFF: IFD0 with Orientation and a GPS pointer; a GPS IFD with a latitude reference. */
    static byte[] exifWithOrientationAndGps(int orientation) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeBytes("Exif\0\0");
            out.writeBytes("MM");
            out.writeShort(42);
            out.writeInt(8); // IFD0 at 8
            out.writeShort(2);
            out.writeShort(0x0112); // Orientation, SHORT, 1
            out.writeShort(3);
            out.writeInt(1);
            out.writeShort(orientation);
            out.writeShort(0);
            out.writeShort(0x8825); // GPS IFD pointer, LONG, 1
            out.writeShort(4);
            out.writeInt(1);
            out.writeInt(38);
            out.writeInt(0); // no IFD1
            out.writeShort(1); // GPS IFD at 38
            out.writeShort(0x0001); // GPSLatitudeRef, ASCII, 2: "N"
            out.writeShort(2);
            out.writeInt(2);
            out.writeBytes("N\0\0\0");
            out.writeInt(0);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG whose header claims width × height pixels over almost no data: a decompression bomb's shape. */
    public static byte[] pngClaiming(int width, int height) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.writeByte(8); // bit depth
            header.writeByte(2); // RGB
            header.writeByte(0);
            header.writeByte(0);
            header.writeByte(0);
            chunk(out, "IHDR", ihdr.toByteArray());
            chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
    }

    public static byte[] pptx() {
        return zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<presentation/>");
    }

    /** An OpenDocument text: "mimetype" first and stored, as the format requires. */
    public static byte[] odt() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry mimetype = new ZipEntry("mimetype");
                mimetype.setMethod(ZipEntry.STORED);
                mimetype.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                mimetype.setCrc(crc.getValue());
                zip.putNextEntry(mimetype);
                zip.write(type);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(String... namesAndContents) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < namesAndContents.length; i += 2) {
                    zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                    zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
