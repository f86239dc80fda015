package org.triadcsr.app.report.pdf;

import org.triadcsr.app.report.ReportTexts;

/** A text the report prints once per language: for a bilingual report it is asked for each language. */
@FunctionalInterface
interface Words {
    String in(ReportTexts texts);

    static Words key(String key, Object... args) {
        return t -> t.get(key, args);
    }

    static Words plain(String text) {
        String nfc = ReportTexts.nfc(text);
        return t -> nfc;
    }
}
