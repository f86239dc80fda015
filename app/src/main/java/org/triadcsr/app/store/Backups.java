package org.triadcsr.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Consistent copies of a workspace ({@code VACUUM INTO}, which reads one snapshot, WAL included) in a
 * {@code backups} folder beside it: before any migration and once per day of use; the newest 10 are kept.
 * Names are {@code STEM-yyyyMMdd-HHmmss-SSS-WHY.triad}, so they sort by time and say why they exist.
 */
public final class Backups {
    public static final int KEEP = 10;
    static final String DAILY = "daily";
    /** A byte-for-byte copy of a damaged workspace, kept by a restore: never counted among the good backups. */
    static final String DAMAGED = "damaged";
    /** How many copies of damaged workspaces are kept, beside the {@link #KEEP} good backups. */
    static final int KEEP_DAMAGED = 3;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    public static Path folder(Path workspace) {
        return workspace.toAbsolutePath().resolveSibling("backups");
    }

    /** The backups of this workspace, newest first. */
    public static List<Backup> list(Path workspace) {
        Path folder = folder(workspace);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(stem(workspace)) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z0-9-]+)\\.triad");
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(new Backup(f, LocalDateTime.parse(m.group(1), STAMP), m.group(2), Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "backup.folderUnreadable", folder);
        }
        out.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** A backup unless one was already taken today; returns it, or null. */
    static Path daily(Connection c, Path workspace, Clock clock) throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean today = list(workspace).stream().anyMatch(b -> b.taken().toLocalDate().equals(now.toLocalDate()));
        return today ? null : take(c, workspace, clock, DAILY);
    }

    /** A consistent copy of the open database; keeps the newest {@link #KEEP}. */
    static Path take(Connection c, Path workspace, Clock clock, String why) throws SQLException {
        // A damaged workspace is never copied among the good backups, where it could push the last good one out.
        Fingerprints.checkAll(c, workspace.getFileName().toString());
        Path target = target(workspace, clock, why);
        copyInto(c, target);
        prune(workspace);
        return target;
    }

    /**
     * Removes this workspace's hidden partial backups that a crash or kill left behind (each is a whole copy of
     * the workspace). Called by the one writer, so no backup of its own is in progress.
     */
    static void sweepPartials(Path workspace) {
        Path folder = folder(workspace);
        if (!Files.isDirectory(folder)) {
            return;
        }
        // The same name pattern as list(), so a partial of a workspace called "ws-2" is never taken for "ws"'s.
        Pattern ours = Pattern.compile("\\." + Pattern.quote(stem(workspace)) + "-\\d{8}-\\d{6}-\\d{3}-[a-z0-9-]+\\.triad\\.partial");
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> ours.matcher(f.getFileName().toString()).matches()).forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            System.getLogger(Backups.class.getName()).log(System.Logger.Level.WARNING, "cannot list " + folder, e);
        }
    }

    /**
     * {@code VACUUM INTO} a hidden partial file, forced to disk, then renamed: a backup cut short by a crash or
     * a full disk never shows up as a backup.
     */
    static void copyInto(Connection c, Path target) throws SQLException {
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            Sql.update(c, "VACUUM INTO ?", partial.toString());
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw e;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw StoreException.of(StoreException.Reason.FAILED, e, "backup.notWritten", target.getFileName());
        }
    }

    static Path target(Path workspace, Clock clock, String why) {
        Path folder = folder(workspace);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw StoreException.of(StoreException.Reason.FAILED, e, "backup.noFolder", folder);
        }
        String base = stem(workspace) + "-" + LocalDateTime.now(clock).format(STAMP) + "-" + why;
        Path target = folder.resolve(base + ".triad");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + ".triad");
        }
        return target;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.getLogger(Backups.class.getName()).log(System.Logger.Level.WARNING, "cannot delete " + file, e);
        }
    }

    /**
     * Keeps the newest {@link #KEEP} good backups and the newest {@link #KEEP_DAMAGED} copies of damaged files:
     * a damaged copy never pushes a good backup out.
     */
    static void prune(Path workspace) {
        List<Backup> all = list(workspace);
        List<Backup> good = all.stream().filter(b -> !b.why().startsWith(DAMAGED)).toList();
        List<Backup> damaged = all.stream().filter(b -> b.why().startsWith(DAMAGED)).toList();
        List<Backup> old = new ArrayList<>(good.subList(Math.min(KEEP, good.size()), good.size()));
        old.addAll(damaged.subList(Math.min(KEEP_DAMAGED, damaged.size()), damaged.size()));
        for (Backup backup : old) {
            try {
                Files.deleteIfExists(backup.file());
            } catch (IOException e) {
                System.getLogger(Backups.class.getName()).log(System.Logger.Level.WARNING, "cannot delete old backup "
                        + backup.file(), e);
            }
        }
    }

    static String stem(Path workspace) {
        String name = workspace.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
