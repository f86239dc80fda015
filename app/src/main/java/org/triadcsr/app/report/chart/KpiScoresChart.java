package org.triadcsr.app.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.scoring.Band;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.ScoreCard.KpiResult;

/**
 * Every scored KPI of an assessment on one page: its benchmark score (0–100) as a bar over the score ranges
 * of the bands (0 poor, up to 50 below typical, up to 100 above typical, 100 best practice), each range
 * named by its word in the legend; each bar is labelled with the KPI's value, unit and band word. KPIs without a score
 * (tracked, undefined, not applicable) are left out: they have no place on a benchmark scale.
 *
 * <p>The dataset has one row ({@code score}) and one column per scored KPI in pack order, keyed by the
 * question id and labelled with the question's topic name; the values are the cards' KPI scores.
 */
public final class KpiScoresChart {
    private KpiScoresChart() {
    }

    public static JFreeChart of(ScoreCard card, Pack pack, ChartText text, ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ChartKey row = new ChartKey("score", text.get("kpiscores.series"));
        List<String> labels = new ArrayList<>();
        for (KpiResult k : card.kpis()) {
            if (k.score() == null) {
                continue;
            }
            Question q = pack.question(k.id()).orElse(null);
            String name = q == null ? k.id() : text.pack(pack.topicOf(k.id()).name()) + ": " + shortText(text.pack(q.text()));
            data.addValue(k.score(), row, new ChartKey(k.id(), name));
            labels.add(text.value(k.value(), k.unit()) + " \u00b7 " + text.band(k.band()));
        }
        NumberAxis axis = new NumberAxis(text.get("kpiscores.axis"));
        axis.setRange(0, 100);
        axis.setNumberFormatOverride(text.numberFormat());
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(text.get("kpiscores.title"), style.title(), plot, true);
        style.apply(chart);
        BandStrips strips = new BandStrips(plot, 100, text, style);
        strips.add(Band.POOR, 0, 0.8, "0");
        strips.add(Band.BELOW_TYPICAL, 0.8, 50, "≤ 50");
        strips.add(Band.ABOVE_TYPICAL, 50, 99.2, "> 50");
        strips.add(Band.BEST_PRACTICE, 99.2, 100, "100");
        plot.setFixedLegendItems(strips.legend());
        chart.getLegend().setItemFont(style.small());
        bars.setSeriesPaint(0, ChartStyle.ACCENT);
        bars.setMaximumBarWidth(0.08);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.small());
        bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
        bars.setDefaultItemLabelGenerator(new FixedLabel(labels));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        bars.setPositiveItemLabelPositionFallback(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.getDomainAxis().setTickLabelFont(style.small());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        return chart;
    }

    /** A question text cut to a label's length at a word boundary. */
    static String shortText(String s) {
        if (s.length() <= 48) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 45);
        return s.substring(0, cut > 20 ? cut : 45) + "\u2026";
    }
}
