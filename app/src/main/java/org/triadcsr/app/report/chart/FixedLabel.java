package org.triadcsr.app.report.chart;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Item labels worked out by the chart builder (localised, with units and words), looked up by column. */
final class FixedLabel implements CategoryItemLabelGenerator {
    private final java.util.function.IntFunction<String> byColumn;

    FixedLabel(String label) {
        this.byColumn = column -> label;
    }

    FixedLabel(java.util.List<String> labels) {
        java.util.List<String> copy = java.util.List.copyOf(labels);
        this.byColumn = column -> column < copy.size() ? copy.get(column) : "";
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return byColumn.apply(column);
    }
}
