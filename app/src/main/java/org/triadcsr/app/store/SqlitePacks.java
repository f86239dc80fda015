package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.triadcsr.model.exchange.ExchangeReader;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackInvalidException;
import org.triadcsr.model.pack.PackReader;

final class SqlitePacks implements PackRepository {
    private final Transactions tx;
    private final Map<String, Pack> parsed = new ConcurrentHashMap<>();

    SqlitePacks(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Pack store(byte[] json) {
        Pack pack = parse(json, "the pack file");
        tx.write(new StoreText("action.keepPack", pack.id(), pack.version()), c -> store(c, pack, json));
        return pack;
    }

    /** Inside a caller's transaction: keeps the copy, or checks it is the same as the one kept. */
    static Void store(Connection c, Pack pack, byte[] json) throws SQLException {
        String sha = ExchangeReader.sha256(json);
        Optional<String> kept = Sql.one(c, "SELECT sha256 FROM pack_copy WHERE pack_id = ? AND version = ?",
                rs -> rs.getString(1), pack.id(), pack.version());
        if (kept.isPresent() && !kept.get().equals(sha)) {
            throw StoreException.of(StoreException.Reason.REFUSED, "pack.differs", pack.id(), pack.version());
        }
        if (kept.isEmpty()) {
            Sql.update(c, "INSERT INTO pack_copy (pack_id, version, json, sha256, stored_at) VALUES (?, ?, ?, ?, ?)",
                    pack.id(), pack.version(), json, sha, Instant.now().toString());
        }
        return null;
    }

    @Override
    public Optional<Pack> find(String packId, String version) {
        Pack cached = parsed.get(packId + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Pack> pack = json(packId, version).map(bytes -> parse(bytes, packId + "@" + version));
        pack.ifPresent(p -> parsed.put(packId + "@" + version, p));
        return pack;
    }

    @Override
    public Optional<byte[]> json(String packId, String version) {
        return tx.read(new StoreText("action.readPack", packId), c -> Sql.one(c,
                "SELECT json FROM pack_copy WHERE pack_id = ? AND version = ?", rs -> rs.getBytes(1), packId, version));
    }

    @Override
    public List<String> list() {
        return tx.read("action.listPacks", c -> Sql.list(c, "SELECT pack_id || '@' || version FROM pack_copy"
                + " ORDER BY pack_id, version", rs -> rs.getString(1)));
    }

    static Pack parse(byte[] json, String what) {
        try {
            return PackReader.read(json, what);
        } catch (PackInvalidException e) {
            throw StoreException.of(StoreException.Reason.REFUSED, e, "pack.invalid", what, e.getMessage());
        }
    }

}
