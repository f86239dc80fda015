package org.triadcsr.app.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;

/**
 * How every Triad chart looks: one base font (the PDF passes its embedded Vietnamese font, the window the
 * default sans-serif) from which the title, label and small sizes are derived, and one palette. The same style
 * on screen and in print keeps the two alike.
 */
public record ChartStyle(Font baseFont) {
    static final Color ACCENT = new Color(0x1f, 0x5f, 0x99);
    static final Color EARLIER = new Color(0x8a, 0x8a, 0x8a);
    static final Color GAIN = new Color(0x2e, 0x7d, 0x32);
    static final Color LOSS = new Color(0xc6, 0x28, 0x28);
    static final Color TARGET = new Color(0x6a, 0x1b, 0x9a);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color TEXT = new Color(0x21, 0x21, 0x21);
    static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    public ChartStyle {
        Objects.requireNonNull(baseFont, "baseFont");
    }

    /** The window's style: the platform sans-serif at 12 pt (on Linux usually DejaVu Sans, which has Vietnamese). */
    public static ChartStyle defaults() {
        return new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    Font title() {
        return baseFont.deriveFont(Font.BOLD, baseFont.getSize2D() * 1.25f);
    }

    Font label() {
        return baseFont.deriveFont(Font.PLAIN, baseFont.getSize2D());
    }

    Font small() {
        return baseFont.deriveFont(Font.PLAIN, baseFont.getSize2D() * 0.85f);
    }

    /** The fill behind a band, light enough that its word stays readable on it. */
    static Paint bandFill(org.triadcsr.model.scoring.Band band) {
        return switch (band) {
            case BEST_PRACTICE -> new Color(0xc8, 0xe6, 0xc9);
            case ABOVE_TYPICAL -> new Color(0xe8, 0xf5, 0xe9);
            case BELOW_TYPICAL -> new Color(0xff, 0xf3, 0xe0);
            case POOR -> new Color(0xff, 0xcd, 0xd2);
        };
    }

    /** Fonts and a white, quiet background for a freshly built chart; call before setting series paints. */
    JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("triad");
        theme.setExtraLargeFont(title());
        theme.setLargeFont(label().deriveFont(Font.BOLD));
        theme.setRegularFont(label());
        theme.setSmallFont(small());
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
