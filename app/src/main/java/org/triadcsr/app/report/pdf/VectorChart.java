package org.triadcsr.app.report.pdf;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A JFreeChart drawn into the PDF as vector graphics with real, extractable text: JFreeSVG writes SVG, iText's
 * SVG converter turns it into a form XObject, using the report's fonts (else Vietnamese letters would be lost).
 * Where the SVG conversion fails, the chart is drawn as a PNG at twice its size. Either way it carries its
 * alternative text.
 */
final class VectorChart {
    private static final System.Logger LOG = System.getLogger(VectorChart.class.getName());

    private VectorChart() {
    }

    static Image of(JFreeChart chart, float width, float height, String alt, ReportDocument r) {
        Image image;
        try {
            image = new Image(svg(chart, width, height, r));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "chart as SVG failed, drawn as an image instead", e);
            image = png(chart, width, height);
        }
        image.getAccessibilityProperties().setAlternateDescription(alt);
        return image.setWidth(width).setHeight(height);
    }

    static PdfFormXObject svg(JFreeChart chart, float width, float height, ReportDocument r) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        SvgConverterProperties properties = new SvgConverterProperties();
        properties.setFontProvider(r.fonts.fontProvider());
        return SvgConverter.convertToXObject(g.getSVGDocument(), r.pdf, properties);
    }

    static Image png(JFreeChart chart, float width, float height) {
        BufferedImage drawn = chart.createBufferedImage(Math.round(width * 2), Math.round(height * 2), width, height, null);
        // Opaque RGB: no alpha channel to carry into the PDF.
        BufferedImage picture = new BufferedImage(drawn.getWidth(), drawn.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        g.drawImage(drawn, 0, 0, null);
        g.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(picture, "png", bytes);
            return new Image(ImageDataFactory.create(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
