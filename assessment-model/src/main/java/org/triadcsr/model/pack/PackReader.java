package org.triadcsr.model.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.triadcsr.model.json.JsonLocations;

/**
 * Reads and validates an indicator pack. Either the whole pack is valid and loaded, or every problem is
 * reported and nothing is loaded.
 */
public final class PackReader {
    /** Packs are small; anything bigger than this is not a pack. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(100_000).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private PackReader() {
    }

    public static Pack read(Path file) throws IOException, PackInvalidException {
        if (Files.size(file) > MAX_BYTES) {
            throw new PackInvalidException(List.of(new PackProblem(file.getFileName().toString(), "", 1, 1,
                    "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; a pack is a JSON file of a few hundred KB")));
        }
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    public static Pack read(InputStream in, String fileName) throws IOException, PackInvalidException {
        return read(in.readNBytes(MAX_BYTES + 1), fileName);
    }

    public static Pack read(byte[] bytes, String fileName) throws PackInvalidException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PackInvalidException(List.of(new PackProblem(fileName, "", 1, 1,
                    "the file is not UTF-8 text; save it as UTF-8")));
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        return read(json, fileName);
    }

    /** Validates and loads; throws with every problem found. */
    public static Pack read(String json, String fileName) throws PackInvalidException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new PackInvalidException(List.of(new PackProblem(fileName, "", 1, 1, "the file is empty")));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PackInvalidException(List.of(new PackProblem(fileName, "",
                    at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new PackInvalidException(List.of(new PackProblem(fileName, "", 1, 1, "cannot read: " + e.getMessage())));
        }
        Checker checker = new Checker(fileName, () -> {
            try {
                return JsonLocations.index(FACTORY, json);
            } catch (IOException e) {
                throw new UncheckedIOException("the JSON parsed once already", e);
            }
        });
        Pack pack = new PackParser(checker).pack(root);
        if (!checker.problems().isEmpty() || pack == null) {
            throw new PackInvalidException(checker.problems());
        }
        return pack;
    }

    /** Every problem in the pack; empty when it is valid. */
    public static List<PackProblem> validate(String json, String fileName) {
        try {
            read(json, fileName);
            return List.of();
        } catch (PackInvalidException e) {
            return e.problems();
        }
    }
}
