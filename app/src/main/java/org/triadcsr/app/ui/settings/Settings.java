package org.triadcsr.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the window remembers between runs: language, size, last workspace, recent files, whether the demo was offered. */
public record Settings(String language, double width, double height, Path lastWorkspace, List<Path> recent,
                       boolean demoOffered) {
    public static final int MAX_RECENT = 8;

    public Settings {
        recent = List.copyOf(recent);
    }

    public static Settings defaults(String language) {
        return new Settings(language, 1280, 760, null, List.of(), false);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, width, height, lastWorkspace, recent, demoOffered);
    }

    public Settings withSize(double w, double h) {
        return new Settings(language, w, h, lastWorkspace, recent, demoOffered);
    }

    public Settings withDemoOffered() {
        return new Settings(language, width, height, lastWorkspace, recent, true);
    }

    /** The workspace just opened becomes the last one and the first of the recent files. */
    public Settings opened(Path workspace) {
        Path file = workspace.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recent);
        list.remove(file);
        list.add(0, file);
        return new Settings(language, width, height, file, list.subList(0, Math.min(MAX_RECENT, list.size())),
                demoOffered);
    }
}
