package org.triadcsr.app.report.chart;

import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.scoring.ScoreCard;

/**
 * A radar (spider web) of the three domain scores on a 0–100 scale, optionally over an earlier assessment's.
 * Each axis is labelled with the domain's name and its score in whole points, so the numbers are readable
 * without the shape; an undefined domain score shows "–" and no point.
 *
 * <p>The dataset has one row per series ({@link #CURRENT}, then {@link #EARLIER} if given) and one column per
 * domain, in pack order, all keyed by {@link ChartKey}; its values are the cards' domain scores, unrounded.
 */
public final class DomainRadarChart {
    /** Row key id of the shown assessment's series. */
    public static final String CURRENT = "current";
    /** Row key id of the earlier assessment's series. */
    public static final String EARLIER = "earlier";

    private DomainRadarChart() {
    }

    /** The radar of one assessment. */
    public static JFreeChart of(ScoreCard card, Pack pack, ChartText text, ChartStyle style) {
        return of(card, null, null, null, pack, text, style);
    }

    /**
     * The radar of {@code card} over {@code earlier} (may be null), with the period labels shown in the legend.
     */
    public static JFreeChart of(ScoreCard card, String period, ScoreCard earlier, String earlierPeriod, Pack pack,
                                ChartText text, ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ChartKey current = new ChartKey(CURRENT, text.get("radar.series.current", period == null ? card.assessmentId() : period));
        ChartKey before = new ChartKey(EARLIER, text.get("radar.series.earlier", earlierPeriod == null ? "" : earlierPeriod));
        for (Domain domain : pack.domains()) {
            Double score = card.domain(domain.id()).map(ScoreCard.DomainResult::score).orElse(null);
            String axis = text.get("radar.axis", text.pack(domain.name()), text.score(score));
            data.addValue(score, current, new ChartKey(domain.id(), axis));
            if (earlier != null) {
                data.addValue(earlier.domain(domain.id()).map(ScoreCard.DomainResult::score).orElse(null), before,
                        new ChartKey(domain.id(), axis));
            }
        }
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(100);
        plot.setWebFilled(true);
        plot.setInteriorGap(0.28);
        plot.setSeriesPaint(0, ChartStyle.ACCENT);
        plot.setSeriesOutlinePaint(0, ChartStyle.ACCENT);
        plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
        if (earlier != null) {
            plot.setSeriesPaint(1, ChartStyle.EARLIER);
            plot.setSeriesOutlinePaint(1, ChartStyle.EARLIER);
            plot.setSeriesOutlineStroke(1, ChartStyle.DASHED);
        }
        plot.setLegendItemShape(new java.awt.Rectangle(10, 10));
        JFreeChart chart = new JFreeChart(text.get("radar.title"), style.title(), plot, earlier != null);
        style.apply(chart);
        plot.setLabelFont(style.label());
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setAxisLinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        if (earlier != null) {
            chart.getLegend().setItemFont(style.small());
        }
        chart.getTitle().setFont(style.title());
        return chart;
    }
}
