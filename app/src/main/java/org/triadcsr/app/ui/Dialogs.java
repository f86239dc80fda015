package org.triadcsr.app.ui;

import java.nio.file.Path;

/**
 * Confirmations, errors and file choices, behind an interface so view models run in plain tests. Every text is
 * already in the user's language; an error says what happened and what to do next, never a stack trace.
 */
public interface Dialogs {
    boolean confirm(String title, String message, String confirmButton);

    void error(String title, String whatHappened, String whatNext);

    void info(String title, String message);

    /** One of {@code items}, each shown in full by {@code label}; null if the user cancels. */
    <T> T choose(String title, String message, java.util.List<T> items, java.util.function.Function<T, String> label,
                 String confirmButton);

    /** A file to open, of the given extensions ({@code *.triad}); null if the user cancels. */
    Path openFile(String title, String filterName, String... patterns);

    /** Where to save; null if the user cancels. */
    Path saveFile(String title, String suggestedName, String filterName, String... patterns);
}
