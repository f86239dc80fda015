package org.triadcsr.app.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.scoring.Band;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * One KPI's value across a company's assessments, oldest first, as a line with each point labelled by its
 * value. The benchmark's best, typical and poor values are dashed lines labelled with their words; a target
 * is a line labelled with its value and due date. An assessment where the KPI is undefined leaves a gap.
 *
 * <p>The dataset has one row ({@code value}) and one column per point, keyed by the assessment id and
 * labelled with its period; the values are the cards' KPI values.
 */
public final class KpiTrendChart {
    /** One assessment on the trend: its period (the axis label) and its score card. */
    public record Point(String period, ScoreCard card) {
    }

    private KpiTrendChart() {
    }

    /** @param target the company's target for this KPI, or null */
    public static JFreeChart of(Question question, List<Point> points, Target target, ChartText text, ChartStyle style) {
        Kpi kpi = question.kpi();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ChartKey row = new ChartKey("value", text.get("trend.series"));
        List<String> labels = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        for (Point p : points) {
            Double v = p.card().kpi(question.id()).map(ScoreCard.KpiResult::value).orElse(null);
            data.addValue(v, row, new ChartKey(p.card().assessmentId(), p.period()));
            labels.add(v == null ? "" : text.number(v));
            if (v != null) {
                shown.add(v);
            }
        }
        NumberAxis axis = new NumberAxis(text.get("kpi.axis", kpi.unit()));
        axis.setNumberFormatOverride(text.numberFormat());
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(text.get("trend.category")), axis, line);
        JFreeChart chart = new JFreeChart(text.pack(question.text()), style.label().deriveFont(java.awt.Font.BOLD),
                plot, false);
        style.apply(chart);
        chart.getTitle().setFont(style.label().deriveFont(java.awt.Font.BOLD));
        chart.addSubtitle(KpiBandChart.subtitle(text.get("trend.title"), style));
        line.setSeriesPaint(0, ChartStyle.ACCENT);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(style.small());
        line.setDefaultItemLabelGenerator(new FixedLabel(labels));
        line.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        line.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        Benchmark b = kpi.benchmark();
        if (b != null) {
            reference(plot, b.best(), text.band(Band.BEST_PRACTICE), style);
            reference(plot, b.typical(), text.get("band.typical.line"), style);
            reference(plot, b.poor(), text.band(Band.POOR), style);
            shown.add(b.best());
            shown.add(b.poor());
        }
        if (target != null) {
            ValueMarker t = new ValueMarker(target.value(), ChartStyle.TARGET, new BasicStroke(2f));
            t.setLabel(text.get("trend.target", text.number(target.value()), text.date(target.due())));
            t.setLabelFont(style.small());
            t.setLabelPaint(ChartStyle.TARGET);
            t.setLabelBackgroundColor(new Color(255, 255, 255, 170));
            t.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            t.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(t, Layer.FOREGROUND);
            shown.add(target.value());
        }
        if (!shown.isEmpty()) {
            double lo = Math.min(0, shown.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            double hi = shown.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            axis.setRange(lo, hi <= lo ? lo + 1 : hi + (hi - lo) * 0.2);
        }
        return chart;
    }

    private static void reference(CategoryPlot plot, double value, String words, ChartStyle style) {
        ValueMarker m = new ValueMarker(value, Color.GRAY, ChartStyle.DASHED);
        BandStrips.label(m, words, true);
        m.setLabelFont(style.small());
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(m, Layer.BACKGROUND);
    }
}
