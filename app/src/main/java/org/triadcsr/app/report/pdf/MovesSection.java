package org.triadcsr.app.report.pdf;

/** "What moves the score most". The ranking comes from the model's improvement package once it exists. */
class MovesSection {
    void add(ReportDocument r) {
        r.heading(2, Words.key("moves.heading"));
        r.paragraph(Words.key("moves.missing"));
    }
}
