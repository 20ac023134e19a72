package vn.portalnews.demo;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Pictures for the demo portals, drawn here (no downloads, no fonts): a commune's landscape of sky, hills,
 * rice fields, a canal, trees and a public building with its flag, varied by scene. Shapes only, so they
 * draw the same on a headless server without any font installed.
 */
final class DemoImages {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    /** Sky colours, top and horizon, per time of day. */
    private static final Color[][] SKIES = {
            {new Color(0x5fa8e8), new Color(0xcfe8f7)},   // morning
            {new Color(0x2f7fd0), new Color(0xa9d4f2)},   // noon
            {new Color(0x6b4aa0), new Color(0xf6a35c)},   // sunset
            {new Color(0x8fb8d8), new Color(0xe9eef2)}};  // overcast

    private DemoImages() {
    }

    /** What each scene shows (DemoMedia's alt texts describe exactly this): sky, ripe rice, a canal, a building. */
    private record Layout(int sky, boolean ripe, boolean canal, boolean building) {
    }

    private static final Layout[] LAYOUTS = {
            new Layout(0, false, false, true),
            new Layout(1, false, false, false),
            new Layout(1, true, true, false),
            new Layout(2, true, false, false),
            new Layout(0, false, false, true),
            new Layout(3, false, true, false)};

    static int scenes() {
        return LAYOUTS.length;
    }

    /** Scene {@code scene} as a JPEG, as a camera would hand it to an editor; {@code variant} moves things around. */
    static byte[] jpeg(int scene, int variant) {
        BufferedImage image = scene(scene, variant);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static BufferedImage scene(int scene, int variant) {
        Layout layout = LAYOUTS[scene];
        Random random = new Random(1000L + variant * 31L + scene);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color[] sky = SKIES[layout.sky()];
        int horizon = 430 + random.nextInt(80);
        g.setPaint(new GradientPaint(0, 0, sky[0], 0, horizon, sky[1]));
        g.fillRect(0, 0, WIDTH, horizon + 40);
        g.setColor(layout.sky() == 2 ? new Color(0xffd27a) : new Color(0xfff6c9));
        int sunX = 200 + random.nextInt(1200);
        g.fillOval(sunX, 90 + random.nextInt(120), 110, 110);
        clouds(g, random);
        hills(g, random, horizon);
        fields(g, random, horizon, layout.ripe());
        if (layout.canal()) {
            canal(g, random, horizon);
        }
        trees(g, random, horizon);
        if (layout.building()) {
            building(g, 300 + random.nextInt(800), horizon + 40);
        }
        g.dispose();
        return image;
    }

    private static void clouds(Graphics2D g, Random random) {
        g.setColor(new Color(255, 255, 255, 200));
        for (int i = 0; i < 5; i++) {
            int x = random.nextInt(WIDTH);
            int y = 60 + random.nextInt(220);
            for (int puff = 0; puff < 4; puff++) {
                g.fillOval(x + puff * 45, y - (puff % 2) * 20, 110, 60);
            }
        }
    }

    private static void hills(Graphics2D g, Random random, int horizon) {
        Color[] shades = {new Color(0x6d8f6a), new Color(0x4f7a4c)};
        for (int layer = 0; layer < 2; layer++) {
            Path2D.Double ridge = new Path2D.Double();
            ridge.moveTo(0, HEIGHT);
            double phase = random.nextDouble() * Math.PI * 2;
            for (int x = 0; x <= WIDTH; x += 20) {
                double y = horizon - 60 + layer * 40 - 70 * Math.sin(x / (260.0 + layer * 90) + phase)
                        - 30 * Math.sin(x / 90.0 + phase * 2);
                ridge.lineTo(x, y);
            }
            ridge.lineTo(WIDTH, HEIGHT);
            ridge.closePath();
            g.setColor(shades[layer]);
            g.fill(ridge);
        }
    }

    /** Rows of rice, green or ripening gold, narrowing towards the horizon. */
    private static void fields(Graphics2D g, Random random, int horizon, boolean ripe) {
        Color[] rows = ripe ? new Color[]{new Color(0xd9b84a), new Color(0xc9a73c)} : new Color[]{new Color(0x7cbf4f), new Color(0x6aad42)};
        int top = horizon + 30;
        for (int row = 0, y = top; y < HEIGHT; row++) {
            int height = 12 + row * 6;
            g.setColor(rows[row % 2]);
            g.fillRect(0, y, WIDTH, height);
            y += height;
        }
        g.setColor(new Color(0x8a6b3f));
        for (int i = 0; i < 6; i++) { // dikes between plots
            int x = random.nextInt(WIDTH);
            g.fillPolygon(new Polygon(new int[]{x - 3, x + 3, x * 2 - WIDTH / 2 + 12, x * 2 - WIDTH / 2 - 12},
                    new int[]{top, top, HEIGHT, HEIGHT}, 4));
        }
    }

    private static void canal(Graphics2D g, Random random, int horizon) {
        Path2D.Double water = new Path2D.Double();
        int start = 500 + random.nextInt(600);
        water.moveTo(start, horizon + 30);
        water.curveTo(start - 200, horizon + 200, start + 300, HEIGHT - 300, start - 250, HEIGHT);
        water.lineTo(start + 150, HEIGHT);
        water.curveTo(start + 500, HEIGHT - 300, start + 40, horizon + 200, start + 30, horizon + 30);
        water.closePath();
        g.setPaint(new GradientPaint(0, horizon, new Color(0x9fd0e6), 0, HEIGHT, new Color(0x3b86b0)));
        g.fill(water);
    }

    private static void trees(Graphics2D g, Random random, int horizon) {
        for (int i = 0; i < 14; i++) {
            int x = random.nextInt(WIDTH);
            int size = 40 + random.nextInt(60);
            int base = horizon + 20 + random.nextInt(40);
            g.setColor(new Color(0x5b3d22));
            g.fillRect(x + size / 2 - 5, base - size / 3, 10, size / 2);
            g.setColor(new Color(0x2f6b2f).brighter());
            g.fillOval(x, base - size, size, size);
            g.setColor(new Color(0x2f6b2f));
            g.fillOval(x + size / 4, base - size - size / 4, size * 3 / 4, size * 3 / 4);
        }
    }

    /** A public building: cream walls, a red tile roof, columns, and a flagpole with a red flag and its yellow star. */
    private static void building(Graphics2D g, int x, int base) {
        int width = 420;
        int height = 150;
        g.setColor(new Color(0xf3e6c4));
        g.fillRect(x, base - height, width, height);
        g.setColor(new Color(0xb23a2a));
        g.fillPolygon(new int[]{x - 30, x + width / 2, x + width + 30}, new int[]{base - height, base - height - 90, base - height}, 3);
        g.setColor(new Color(0xe8d5a8));
        for (int column = 0; column < 6; column++) {
            g.fillRect(x + 30 + column * 70, base - height + 20, 16, height - 20);
        }
        g.setColor(new Color(0x6b4b2a));
        g.fillRect(x + width / 2 - 30, base - 80, 60, 80);
        int pole = x + width + 80;
        g.setColor(new Color(0x9a9a9a));
        g.fillRect(pole, base - 330, 6, 330);
        g.setColor(new Color(0xda251d));
        g.fillRect(pole + 6, base - 330, 120, 80);
        g.setColor(new Color(0xffcd00));
        g.fillPolygon(star(pole + 66, base - 290, 26));
    }

    private static Polygon star(int centerX, int centerY, int radius) {
        Polygon star = new Polygon();
        for (int point = 0; point < 10; point++) {
            double angle = -Math.PI / 2 + point * Math.PI / 5;
            double r = point % 2 == 0 ? radius : radius * 0.38;
            star.addPoint((int) Math.round(centerX + r * Math.cos(angle)), (int) Math.round(centerY + r * Math.sin(angle)));
        }
        return star;
    }

    /** A one-page PDF for download, in PDF's own standard font (no embedding needed). */
    static byte[] pdf(String asciiTitle) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + asciiTitle.replaceAll("[()\\\\]", "") + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
