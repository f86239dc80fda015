package org.triadcsr.app.report.pdf;

import org.triadcsr.app.report.ReportModel;

/** Where the report draws its charts (radar, KPI scores, progress). */
class ChartSlot {
    void radar(ReportDocument r) {
    }

    void kpis(ReportDocument r) {
    }

    void progress(ReportDocument r, ReportModel.Comparison comparison) {
    }
}
