import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Triad's icons (the app and the *.triad file type) and writes them for each OS: PNG for Linux, ICO
 * for Windows, ICNS for macOS. The drawings are Triad's own: three overlapping discs, one per bottom line
 * (environment green, social amber, productivity blue).
 *
 * <p>Run from the repository root: {@code java installer/src/icons/MakeIcons.java installer/src}
 */
public final class MakeIcons {
    private static final Color BACKGROUND = new Color(0x0E4D64);
    private static final Color ENVIRONMENT = new Color(0x3DAA5C);
    private static final Color SOCIAL = new Color(0xF2A541);
    private static final Color PRODUCTIVITY = new Color(0x4A90D9);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "installer/src");
        write(out, "triad", MakeIcons::app);
        write(out, "triad-file", MakeIcons::file);
    }

    interface Drawing {
        void draw(Graphics2D g, int size);
    }

    private static void write(Path out, String name, Drawing drawing) throws IOException {
        Files.createDirectories(out.resolve("linux"));
        Files.createDirectories(out.resolve("windows"));
        Files.createDirectories(out.resolve("macos"));
        Files.write(out.resolve("linux").resolve(name + ".png"), png(drawing, 256));
        Map<Integer, byte[]> ico = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 256}) {
            ico.put(size, png(drawing, size));
        }
        Files.write(out.resolve("windows").resolve(name + ".ico"), ico(ico));
        Map<String, byte[]> icns = new LinkedHashMap<>();
        icns.put("icp4", png(drawing, 16));
        icns.put("icp5", png(drawing, 32));
        icns.put("ic07", png(drawing, 128));
        icns.put("ic08", png(drawing, 256));
        icns.put("ic09", png(drawing, 512));
        Files.write(out.resolve("macos").resolve(name + ".icns"), icns(icns));
    }

    private static byte[] png(Drawing drawing, int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        drawing.draw(g, size);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The app: the three discs on a rounded dark-teal square. */
    private static void app(Graphics2D g, int size) {
        double s = size;
        g.setColor(BACKGROUND);
        g.fill(new RoundRectangle2D.Double(s * 0.03, s * 0.03, s * 0.94, s * 0.94, s * 0.22, s * 0.22));
        discs(g, s * 0.5, s * 0.53, s * 0.40, size);
    }

    /** The file type: a white page with a folded corner and the three discs on it. */
    private static void file(Graphics2D g, int size) {
        double s = size;
        double left = s * 0.14;
        double right = s * 0.86;
        double top = s * 0.04;
        double bottom = s * 0.96;
        double fold = s * 0.22;
        Path2D page = new Path2D.Double();
        page.moveTo(left, top);
        page.lineTo(right - fold, top);
        page.lineTo(right, top + fold);
        page.lineTo(right, bottom);
        page.lineTo(left, bottom);
        page.closePath();
        g.setColor(Color.WHITE);
        g.fill(page);
        g.setColor(BACKGROUND);
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.03)));
        g.draw(page);
        Path2D corner = new Path2D.Double();
        corner.moveTo(right - fold, top);
        corner.lineTo(right - fold, top + fold);
        corner.lineTo(right, top + fold);
        g.draw(corner);
        discs(g, s * 0.5, s * 0.6, s * 0.30, size);
    }

    /** Three translucent discs around (cx, cy), spread over a triangle of the given radius. */
    private static void discs(Graphics2D g, double cx, double cy, double radius, int size) {
        double r = radius * 0.55;
        double d = radius * 0.5;
        Color[] colors = {ENVIRONMENT, SOCIAL, PRODUCTIVITY};
        double[] angles = {-90, 150, 30};
        for (int i = 0; i < 3; i++) {
            double a = Math.toRadians(angles[i]);
            double x = cx + d * Math.cos(a);
            double y = cy + d * Math.sin(a);
            Color c = colors[i];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 215));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            if (size >= 32) {
                g.setColor(new Color(255, 255, 255, 200));
                g.setStroke(new BasicStroke((float) (size * 0.012)));
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }

    /** An ICO file whose images are PNGs (Windows Vista and later read them). */
    private static byte[] ico(Map<Integer, byte[]> images) {
        int count = images.size();
        int offset = 6 + 16 * count;
        int total = offset + images.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (Map.Entry<Integer, byte[]> e : images.entrySet()) {
            int size = e.getKey();
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0);
            buffer.putShort((short) 1).putShort((short) 32);
            buffer.putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        images.values().forEach(buffer::put);
        return buffer.array();
    }

    /** An ICNS file: 'icns', its length, then (type, length, PNG) entries; big-endian. */
    private static byte[] icns(Map<String, byte[]> images) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, byte[]> e : images.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
