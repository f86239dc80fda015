package org.triadcsr.model.pack;

import java.util.Map;

/** A text in every language a pack declares, keyed by language tag ({@code en}, {@code vi}). */
public record Text(Map<String, String> byLanguage) {
    public Text {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static Text of(String en, String vi) {
        return new Text(Map.of("en", en, "vi", vi));
    }

    /** The text in {@code language}, else English, else any. */
    public String in(String language) {
        String text = byLanguage.get(language);
        if (text == null) {
            text = byLanguage.get("en");
        }
        return text != null ? text : byLanguage.values().stream().findFirst().orElse("");
    }
}
