package org.triadcsr.app.report.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triadcsr.model.pack.Benchmark;
import org.triadcsr.model.pack.Direction;
import org.triadcsr.model.pack.Kpi;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.scoring.Band;
import org.triadcsr.model.scoring.ScoreCard.KpiResult;

/**
 * One KPI's value as a horizontal bar over its four benchmark bands. Each band is a shaded strip carrying its
 * word (best practice, above typical, below typical, poor) in the legend with its range, and inside the strip
 * where it is wide enough, so a band is never told by colour alone; the bar's
 * label gives the value, unit and band word, and the subtitle the reference values with their source and year.
 * A tracked KPI (no benchmark) shows its value alone, with a subtitle saying it is not scored.
 *
 * <p>The dataset has one row ({@code value}) and one column keyed by the question id; its value is the
 * card's KPI value, null when undefined. The band strips are the plot's background range markers and its
 * fixed legend items, in axis order (best practice first for lower-is-better KPIs, poor first otherwise).
 */
public final class KpiBandChart {
    private KpiBandChart() {
    }

    public static JFreeChart of(Question question, KpiResult result, Pack pack, ChartText text, ChartStyle style) {
        Kpi kpi = question.kpi();
        Double value = result == null ? null : result.value();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(value, new ChartKey("value", text.get("trend.series")), new ChartKey(question.id(), " "));
        NumberAxis axis = new NumberAxis(text.get("kpi.axis", kpi.unit()));
        axis.setNumberFormatOverride(text.numberFormat());
        CategoryAxis categories = new CategoryAxis();
        categories.setVisible(false);
        BarRenderer bars = new BarRenderer();
        bars.setMaximumBarWidth(0.35);
        CategoryPlot plot = new CategoryPlot(data, categories, axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(text.pack(question.text()), style.label().deriveFont(java.awt.Font.BOLD),
                plot, kpi.benchmark() != null);
        style.apply(chart);
        chart.getTitle().setFont(style.label().deriveFont(java.awt.Font.BOLD));
        bars.setSeriesPaint(0, ChartStyle.ACCENT);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.label().deriveFont(java.awt.Font.BOLD));
        bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultItemLabelGenerator(new FixedLabel(valueLabel(kpi, result, text)));
        Benchmark b = kpi.benchmark();
        if (b != null) {
            double lo = Math.min(0, min(b.best(), b.poor(), value));
            double hi = max(b.best(), b.poor(), value);
            double span = hi - lo;
            hi += span * 0.1;
            axis.setRange(lo, hi);
            addBands(chart, plot, kpi.direction(), b, lo, hi, text, style);
            placeValueLabel(bars, value, lo, hi);
            String source = pack.source(b.sourceId()).map(s -> s.citation()).orElse(b.sourceId());
            chart.addSubtitle(subtitle(text.get("kpi.benchmark", text.number(b.best()), text.number(b.typical()),
                    text.number(b.poor()), source, b.year()), style));
        } else {
            double hi = value == null ? 1 : Math.max(Math.abs(value), 1e-9) * 1.4;
            axis.setRange(value == null ? 0 : Math.min(0, value * 1.4), hi);
            chart.addSubtitle(subtitle(text.get("kpi.nobenchmark"), style));
        }
        return chart;
    }

    /** The words on the value bar: "142.5 L/kg · below typical", or that there is no value yet. */
    static String valueLabel(Kpi kpi, KpiResult result, ChartText text) {
        if (result == null || result.value() == null) {
            return text.get("kpi.undefined");
        }
        String value = text.value(result.value(), kpi.unit());
        if (kpi.tracked()) {
            return text.get("kpi.value.tracked", value);
        }
        Band band = result.band() != null ? result.band()
                : org.triadcsr.model.scoring.BenchmarkScale.band(result.value(), kpi.benchmark(), kpi.direction());
        return text.get("kpi.value.label", value, text.band(band));
    }

    private static void addBands(JFreeChart chart, CategoryPlot plot, Direction direction, Benchmark b, double lo,
                                 double hi, ChartText text, ChartStyle style) {
        BandStrips strips = new BandStrips(plot, hi - lo, text, style);
        String best = text.number(b.best());
        String typical = text.number(b.typical());
        String poor = text.number(b.poor());
        if (direction == Direction.LOWER_IS_BETTER) {
            strips.add(Band.BEST_PRACTICE, lo, b.best(), "≤ " + best);
            strips.add(Band.ABOVE_TYPICAL, b.best(), b.typical(), best + "–" + typical);
            strips.add(Band.BELOW_TYPICAL, b.typical(), b.poor(), typical + "–" + poor);
            strips.add(Band.POOR, b.poor(), hi, "≥ " + poor);
        } else {
            strips.add(Band.POOR, lo, b.poor(), "≤ " + poor);
            strips.add(Band.BELOW_TYPICAL, b.poor(), b.typical(), poor + "–" + typical);
            strips.add(Band.ABOVE_TYPICAL, b.typical(), b.best(), typical + "–" + best);
            strips.add(Band.BEST_PRACTICE, b.best(), hi, "≥ " + best);
        }
        plot.setFixedLegendItems(strips.legend());
        chart.getLegend().setItemFont(style.small());
    }

    /** The value's words inside the end of a long bar, beside a short one, so they are never cut off. */
    private static void placeValueLabel(BarRenderer bars, Double value, double lo, double hi) {
        if (value != null && (value - lo) / (hi - lo) > 0.55) {
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT));
            bars.setDefaultItemLabelPaint(Color.WHITE);
        }
    }

    static TextTitle subtitle(String words, ChartStyle style) {
        TextTitle title = new TextTitle(words, style.small());
        title.setPaint(ChartStyle.TEXT);
        return title;
    }

    private static double min(double a, double b, Double c) {
        return c == null ? Math.min(a, b) : Math.min(Math.min(a, b), c);
    }

    private static double max(double a, double b, Double c) {
        return c == null ? Math.max(a, b) : Math.max(Math.max(a, b), c);
    }
}
