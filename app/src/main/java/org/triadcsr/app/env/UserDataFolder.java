package org.triadcsr.app.env;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder where Triad keeps its default workspace, backups and log: {@code TRIAD_HOME} if set,
 * else the platform's usual place (XDG data dir on Linux, {@code %APPDATA%} on Windows,
 * {@code ~/Library/Application Support} on macOS).
 */
public record UserDataFolder(Path root) {
    public static final String DEFAULT_WORKSPACE_NAME = "workspace.triad";

    public static UserDataFolder fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** Pure resolution, so every platform's rule can be tested on any platform. */
    public static UserDataFolder resolve(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get("TRIAD_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new UserDataFolder(Path.of(explicit));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new UserDataFolder(base.resolve("Triad"));
        }
        if (os.startsWith("mac")) {
            return new UserDataFolder(home.resolve("Library").resolve("Application Support").resolve("Triad"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new UserDataFolder(base.resolve("triad"));
    }

    public Path defaultWorkspace() {
        return root.resolve(DEFAULT_WORKSPACE_NAME);
    }

    public Path logFolder() {
        return root.resolve("logs");
    }
}
