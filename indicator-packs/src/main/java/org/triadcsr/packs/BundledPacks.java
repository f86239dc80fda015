package org.triadcsr.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackReader;

/** The indicator packs that ship with Triad, loaded and validated on first use and then kept. */
public final class BundledPacks {
    /** In the order a user picks from: the sector packs, then the general one. */
    public static final List<String> IDS = List.of("textile-garment", "leather-footwear", "electronics",
            "handicraft-furniture", "general-sme");
    private static final Map<String, Pack> CACHE = new ConcurrentHashMap<>();

    private BundledPacks() {
    }

    /** The bundled pack with this id, if Triad ships one. A bundled pack that fails validation is a build error. */
    public static Optional<Pack> get(String id) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(id, BundledPacks::load));
    }

    public static List<Pack> all() {
        List<Pack> packs = new ArrayList<>();
        IDS.forEach(id -> get(id).ifPresent(packs::add));
        return packs;
    }

    /** The pack's JSON as shipped, e.g. to store a copy of the pack version an assessment uses. */
    public static byte[] json(String id) {
        try (InputStream in = resource(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String id) {
        InputStream in = BundledPacks.class.getResourceAsStream(id + ".json");
        if (in == null) {
            throw new IllegalStateException("bundled pack " + id + " is missing from the build");
        }
        return in;
    }

    private static Pack load(String id) {
        try (InputStream in = resource(id)) {
            return PackReader.read(in, id + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PackInvalidException e) {
            throw new IllegalStateException("bundled pack " + id + " is invalid: " + e.getMessage(), e);
        }
    }
}
