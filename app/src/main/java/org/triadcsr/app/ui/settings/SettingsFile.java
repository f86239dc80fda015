package org.triadcsr.app.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code settings.properties} in the user data folder. A missing or unreadable file gives the defaults; a write
 * goes to a temporary file first, so a crash never leaves half a settings file.
 */
public final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());
    private final Path file;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Settings load(String defaultLanguage) {
        Settings defaults = Settings.defaults(defaultLanguage);
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "settings " + file + " unreadable; using defaults", e);
            return defaults;
        }
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String r = p.getProperty("recent." + i);
            if (r != null && !r.isBlank()) {
                recent.add(Path.of(r));
            }
        }
        String last = p.getProperty("workspace.last");
        String language = p.getProperty("language", defaultLanguage);
        return new Settings("vi".equals(language) ? "vi" : "en", number(p, "window.width", defaults.width()),
                number(p, "window.height", defaults.height()), last == null || last.isBlank() ? null : Path.of(last),
                recent, Boolean.parseBoolean(p.getProperty("demo.offered", "false")));
    }

    private static double number(Properties p, String key, double fallback) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return v >= 400 && v <= 10_000 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void save(Settings s) {
        Properties p = new Properties();
        p.setProperty("language", s.language());
        p.setProperty("window.width", String.valueOf(Math.round(s.width())));
        p.setProperty("window.height", String.valueOf(Math.round(s.height())));
        if (s.lastWorkspace() != null) {
            p.setProperty("workspace.last", s.lastWorkspace().toString());
        }
        for (int i = 0; i < s.recent().size(); i++) {
            p.setProperty("recent." + i, s.recent().get(i).toString());
        }
        p.setProperty("demo.offered", String.valueOf(s.demoOffered()));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Triad window settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "settings " + file + " not saved", e);
        }
    }
}
