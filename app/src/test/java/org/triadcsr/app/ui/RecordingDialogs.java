package org.triadcsr.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Dialogs for view-model tests: answers confirmations as told and records what would have been shown. */
public final class RecordingDialogs implements Dialogs {
    public final List<String> shown = new ArrayList<>();
    public boolean confirmAnswer = true;
    public int chooseIndex = 0;
    public Path file;

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        shown.add("confirm: " + title + " | " + message);
        return confirmAnswer;
    }

    @Override
    public void error(String title, String whatHappened, String whatNext) {
        shown.add("error: " + title + " | " + whatHappened + " | " + whatNext);
    }

    @Override
    public void info(String title, String message) {
        shown.add("info: " + title + " | " + message);
    }

    @Override
    public <T> T choose(String title, String message, List<T> items, Function<T, String> label, String confirmButton) {
        shown.add("choose: " + title + " | " + message + " | " + items.stream().map(label).toList());
        return chooseIndex < 0 || items.isEmpty() ? null : items.get(chooseIndex);
    }

    @Override
    public Path openFile(String title, String filterName, String... patterns) {
        return file;
    }

    @Override
    public Path saveFile(String title, String suggestedName, String filterName, String... patterns) {
        return file;
    }

    public String last() {
        return shown.isEmpty() ? "" : shown.get(shown.size() - 1);
    }
}
