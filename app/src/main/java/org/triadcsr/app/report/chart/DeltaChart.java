package org.triadcsr.app.report.chart;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Text;
import org.triadcsr.model.pack.Topic;
import org.triadcsr.model.progress.Progress;

/**
 * The change in points between two assessments, per domain or per topic, as horizontal bars from zero. Every
 * bar is labelled with its signed delta to one decimal ("+5.2", "−3.0"), so gains and losses read without the
 * colour (green gain, red loss); an undefined delta has no bar and the label "–".
 *
 * <p>The dataset has one row ({@code delta}) and one column per domain or topic in pack order, keyed by its
 * id; the values are the {@link Progress} deltas, unrounded.
 */
public final class DeltaChart {
    private DeltaChart() {
    }

    /** @param earlierPeriod, laterPeriod the two periods, for the title */
    public static JFreeChart domains(Progress progress, Pack pack, String earlierPeriod, String laterPeriod,
                                     ChartText text, ChartStyle style) {
        Map<String, Text> names = new java.util.LinkedHashMap<>();
        pack.domains().forEach(d -> names.put(d.id(), d.name()));
        return build(progress.domains(), names, text.get("delta.domains.title", earlierPeriod, laterPeriod), text, style);
    }

    public static JFreeChart topics(Progress progress, Pack pack, String earlierPeriod, String laterPeriod,
                                    ChartText text, ChartStyle style) {
        Map<String, Text> names = new java.util.LinkedHashMap<>();
        for (Domain d : pack.domains()) {
            for (Topic t : d.topics()) {
                names.put(t.id(), t.name());
            }
        }
        return build(progress.topics(), names, text.get("delta.topics.title", earlierPeriod, laterPeriod), text, style);
    }

    private static JFreeChart build(List<Progress.Delta> deltas, Map<String, Text> names, String title,
                                    ChartText text, ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ChartKey row = new ChartKey("delta", text.get("delta.series"));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Progress.Delta d : deltas) {
            String name = names.containsKey(d.id()) ? text.pack(names.get(d.id())) : d.id();
            data.addValue(d.delta(), row, new ChartKey(d.id(), name));
            labels.add(text.delta(d.delta()));
            values.add(d.delta());
        }
        NumberAxis axis = new NumberAxis(text.get("delta.axis"));
        axis.setNumberFormatOverride(text.numberFormat());
        double reach = values.stream().filter(v -> v != null).mapToDouble(Math::abs).max().orElse(0);
        reach = Math.max(5, reach * 1.6);
        axis.setRange(-reach, reach);
        SignedBars bars = new SignedBars(values::get);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, style.title(), plot, false);
        style.apply(chart);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, new java.awt.BasicStroke(1f)));
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.label().deriveFont(java.awt.Font.BOLD));
        bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
        bars.setDefaultItemLabelGenerator(new FixedLabel(labels));
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        bars.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        plot.getDomainAxis().setTickLabelFont(style.label());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        return chart;
    }

    /** Green for a gain, red for a loss; the signed label beside each bar says the same in words. */
    private static final class SignedBars extends BarRenderer {
        private final transient Function<Integer, Double> valueAt;

        SignedBars(Function<Integer, Double> valueAt) {
            this.valueAt = valueAt;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            Double v = valueAt.apply(column);
            return v != null && v < 0 ? ChartStyle.LOSS : ChartStyle.GAIN;
        }
    }
}
