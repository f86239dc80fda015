package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.triadcsr.model.portfolio.ImprovementAction;
import org.triadcsr.model.progress.Target;

final class SqliteProgress implements ProgressRepository {
    private final Transactions tx;

    SqliteProgress(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public void saveTarget(String companyId, Target target) {
        tx.write("action.saveTarget", c -> {
            upsertTarget(c, TargetRow.of(companyId, target));
            return null;
        });
    }

    static void upsertTarget(Connection c, TargetRow row) throws SQLException {
        owned(c, "target", row.id(), row.companyId());
        Sql.update(c, "INSERT OR REPLACE INTO target (" + TargetRow.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", row.values());
    }

    @Override
    public List<Target> targets(String companyId) {
        return tx.read("action.readTargets", c -> targets(c, companyId));
    }

    static List<Target> targets(Connection c, String companyId) throws SQLException {
        return Sql.list(c, "SELECT " + TargetRow.COLUMNS + " FROM target WHERE company_id = ? ORDER BY due, id",
                TargetRow::read, companyId).stream().map(TargetRow::toModel).toList();
    }

    @Override
    public void removeTarget(String targetId) {
        tx.write("action.removeTarget", c -> Sql.update(c, "DELETE FROM target WHERE id = ?", targetId));
    }

    @Override
    public void saveAction(String companyId, ImprovementAction action) {
        tx.write("action.saveAction", c -> {
            upsertAction(c, ActionRow.of(companyId, action));
            return null;
        });
    }

    static void upsertAction(Connection c, ActionRow row) throws SQLException {
        owned(c, "improvement_action", row.id(), row.companyId());
        Sql.update(c, "INSERT OR REPLACE INTO improvement_action (" + ActionRow.COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.values());
    }

    @Override
    public List<ImprovementAction> actions(String companyId) {
        return tx.read("action.readActions", c -> actions(c, companyId));
    }

    static List<ImprovementAction> actions(Connection c, String companyId) throws SQLException {
        return Sql.list(c, "SELECT " + ActionRow.COLUMNS + " FROM improvement_action WHERE company_id = ? ORDER BY due, id",
                ActionRow::read, companyId).stream().map(ActionRow::toModel).toList();
    }

    @Override
    public void removeAction(String actionId) {
        tx.write("action.removeAction", c -> Sql.update(c, "DELETE FROM improvement_action WHERE id = ?", actionId));
    }

    /** An id that belongs to another company is a clash, never silently moved. */
    private static void owned(Connection c, String table, String id, String companyId) throws SQLException {
        String owner = Sql.one(c, "SELECT company_id FROM " + table + " WHERE id = ?", rs -> rs.getString(1), id)
                .orElse(companyId);
        if (!owner.equals(companyId)) {
            throw StoreException.of(StoreException.Reason.REFUSED,
                    table.equals("target") ? "progress.targetIdTaken" : "progress.actionIdTaken", id);
        }
    }
}
