package org.triadcsr.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triad packs add --workspace FILE PACK.json}: keeps a copy of a pack version in a workspace, so its
 * assessments (e.g. imported ones made with a custom pack) are checked and scored with it.
 */
@Command(name = "add", description = {"Add a pack version (a pack file that does not ship with Triad) to a workspace.",
    "Its assessments are then checked and scored with it; a changed pack needs a new version number."})
final class PacksAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceFile workspace;

    @Parameters(paramLabel = "PACK.json", description = "The pack file to add.")
    Path packFile;

    @Override
    public Integer call() {
        CliText text = CliText.of(spec);
        byte[] bytes;
        Pack pack;
        try {
            bytes = Files.readAllBytes(packFile);
            pack = PackReader.read(bytes, packFile.getFileName().toString());
        } catch (PackInvalidException e) {
            spec.commandLine().getErr().println(text.get("error.prefix", text.get("packs.add.invalid", packFile,
                    e.problems().size())));
            return 1;
        } catch (IOException e) {
            System.getLogger(PacksAddCommand.class.getName()).log(System.Logger.Level.WARNING, "cannot read " + packFile, e);
            spec.commandLine().getErr().println(text.get("error.prefix", Files.exists(packFile)
                    ? text.get("file.unreadable", packFile) : text.get("file.missing", packFile)));
            return 1;
        }
        return workspace.run(ws -> {
            boolean had = ws.packs().json(pack.id(), pack.version()).isPresent();
            ws.packs().store(bytes);
            spec.commandLine().getOut().println(text.get(had ? "packs.add.had" : "packs.add.done", pack.id(),
                    pack.version(), ws.file().getFileName()));
            return 0;
        });
    }
}
