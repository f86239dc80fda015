package org.triadcsr.app.report.chart;

import java.awt.Color;
import java.awt.Rectangle;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.triadcsr.model.scoring.Band;

/**
 * The shaded band strips behind a value axis, and the legend that names them: each band's word (with its range
 * where given) beside its swatch, so a band is told by a word even where its strip is too narrow to hold one.
 */
final class BandStrips {
    /** A strip narrower than this share of the axis carries no word inside it (the legend still names it). */
    private static final double MIN_LABELLED_SHARE = 0.14;
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 170);

    private final CategoryPlot plot;
    private final ChartText text;
    private final ChartStyle style;
    private final double axisSpan;
    private final LegendItemCollection legend = new LegendItemCollection();
    private int count;

    BandStrips(CategoryPlot plot, double axisSpan, ChartText text, ChartStyle style) {
        this.plot = plot;
        this.axisSpan = axisSpan;
        this.text = text;
        this.style = style;
    }

    /** Adds one band's strip from {@code from} to {@code to}; {@code range} is the legend's range text, or null. */
    void add(Band band, double from, double to, String range) {
        IntervalMarker strip = new IntervalMarker(from, to);
        strip.setPaint(ChartStyle.bandFill(band));
        strip.setOutlinePaint(Color.WHITE);
        if ((to - from) / axisSpan >= MIN_LABELLED_SHARE) {
            label(strip, text.band(band), count % 2 == 0);
        }
        plot.addRangeMarker(strip, Layer.BACKGROUND);
        String words = range == null ? text.band(band) : text.band(band) + " " + range;
        LegendItem item = new LegendItem(words, null, null, null, new Rectangle(12, 12), ChartStyle.bandFill(band),
                new java.awt.BasicStroke(1f), Color.GRAY);
        item.setLabelFont(style.small());
        item.setLabelPaint(ChartStyle.TEXT);
        legend.add(item);
        count++;
    }

    LegendItemCollection legend() {
        return legend;
    }

    static void label(Marker marker, String words, boolean top) {
        marker.setLabel(words);
        marker.setLabelPaint(ChartStyle.TEXT);
        marker.setLabelBackgroundColor(LABEL_BACKGROUND);
        marker.setLabelAnchor(top ? RectangleAnchor.TOP : RectangleAnchor.BOTTOM);
        marker.setLabelTextAnchor(top ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
    }
}
