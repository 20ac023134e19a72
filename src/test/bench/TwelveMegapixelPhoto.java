import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * A 4000×3000 JPEG (12 megapixels) as a phone camera makes it: smooth areas with sensor noise, so it compresses
 * like a photo (a few MB), not like a drawing. java src/test/bench/TwelveMegapixelPhoto.java OUT.jpg
 */
public class TwelveMegapixelPhoto {
    public static void main(String[] args) throws Exception {
        int width = 4000;
        int height = 3000;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x4f8fd8), 0, 1300, new Color(0xd8ecf8)));
        g.fillRect(0, 0, width, 1300);
        g.setPaint(new GradientPaint(0, 1300, new Color(0x7cbf4f), 0, height, new Color(0x3f7a2a)));
        g.fillRect(0, 1300, width, height - 1300);
        g.setColor(new Color(0xf3e6c4));
        g.fillRect(1400, 900, 1200, 500);
        g.setColor(new Color(0xb23a2a));
        g.fillPolygon(new int[]{1300, 2000, 2700}, new int[]{900, 600, 900}, 3);
        Random random = new Random(12);
        // foliage and rice plants: detail that survives downscaling, as in a real landscape photo
        for (int i = 0; i < 60_000; i++) {
            int x = random.nextInt(width);
            int y = 1250 + random.nextInt(height - 1250);
            g.setColor(new Color(40 + random.nextInt(90), 90 + random.nextInt(120), 20 + random.nextInt(60)));
            g.fillOval(x, y, 6 + random.nextInt(30), 4 + random.nextInt(18));
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                int noise = (int) (random.nextGaussian() * 6);
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xff) + noise));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xff) + noise));
                int b = Math.max(0, Math.min(255, (rgb & 0xff) + noise));
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.92f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
    }
}
