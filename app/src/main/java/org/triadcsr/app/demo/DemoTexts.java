package org.triadcsr.app.demo;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words the demo writes (notes, targets, owners) in the language it is added in; English is the master. */
final class DemoTexts {
    private final ResourceBundle bundle;

    private DemoTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static DemoTexts of(Locale language) {
        Locale chosen = "vi".equals(language.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ROOT;
        return new DemoTexts(ResourceBundle.getBundle("org.triadcsr.app.demo.demo", chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }
}
