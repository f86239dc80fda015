package org.triadcsr.app.report.pdf;

import org.triadcsr.app.report.ReportModel;

/** Where the report draws its charts (radar, KPI scores, progress). */
class ChartSlot {
    static final float WIDTH = 400;
    static final float HEIGHT = 240;

    /** Draws the chart centred, as vector graphics with its alternative text. */
    void draw(ReportDocument r, org.jfree.chart.JFreeChart chart, Words alt) {
        draw(r, chart, HEIGHT, alt);
    }

    void draw(ReportDocument r, org.jfree.chart.JFreeChart chart, float height, Words alt) {
        com.itextpdf.layout.element.Image image = VectorChart.of(chart, WIDTH, height,
                String.join(" / ", r.versions(alt)), r);
        image.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER).setMarginTop(6)
                .setMarginBottom(6);
        r.doc.add(image);
    }

    void radar(ReportDocument r) {
    }

    void kpis(ReportDocument r) {
    }

    void progress(ReportDocument r, ReportModel.Comparison comparison) {
    }

    void targets(ReportDocument r) {
    }
}
