package org.triadcsr.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.triadcsr.model.portfolio.Company;

final class SqliteCompanies implements CompanyRepository {
    private final Transactions tx;
    private final Transactions.Work<Path> backup;

    /** @param backup takes a backup of the workspace; run before a company with final assessments is deleted */
    SqliteCompanies(Transactions tx, Transactions.Work<Path> backup) {
        this.tx = tx;
        this.backup = backup;
    }

    @Override
    public Company save(Company company) {
        if (company.id() == null || company.id().isBlank() || company.name() == null || company.name().isBlank()) {
            throw StoreException.of(StoreException.Reason.REFUSED, "company.idAndName");
        }
        tx.write(new StoreText("action.saveCompany", company.name()), c -> {
            upsert(c, CompanyRow.of(company));
            return null;
        });
        return company;
    }

    static void upsert(Connection c, CompanyRow row) throws SQLException {
        String now = Instant.now().toString();
        Object[] v = row.values();
        Sql.update(c, "INSERT INTO company (" + CompanyRow.COLUMNS + ", created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                + " sector = excluded.sector, province = excluded.province, wage_region = excluded.wage_region,"
                + " field = excluded.field, employees = excluded.employees, revenue_bn_vnd = excluded.revenue_bn_vnd,"
                + " capital_bn_vnd = excluded.capital_bn_vnd, updated_at = excluded.updated_at",
                v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], now, now);
    }

    @Override
    public Optional<Company> find(String id) {
        return tx.read("action.readCompany", c -> find(c, id));
    }

    static Optional<Company> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT " + CompanyRow.COLUMNS + " FROM company WHERE id = ?", CompanyRow::read, id)
                .map(CompanyRow::toModel);
    }

    @Override
    public List<Company> list() {
        return tx.read("action.listCompanies", c -> Sql.list(c, "SELECT " + CompanyRow.COLUMNS
                + " FROM company ORDER BY name COLLATE NOCASE, id", CompanyRow::read)).stream()
                .map(CompanyRow::toModel).toList();
    }

    /**
     * Deleting a client must stay possible, but final assessments are a company's record: when it has any, a
     * backup is taken first (outside the transaction, as VACUUM INTO needs), so the deletion can be undone.
     */
    @Override
    public void delete(String id) {
        long finals = tx.read("action.readCompany", c -> Sql.count(c,
                "SELECT count(*) FROM assessment WHERE company_id = ? AND status = 'final'", id));
        if (finals > 0) {
            tx.read("action.backupBeforeDelete", backup);
        }
        tx.write("action.deleteCompany", c -> Sql.update(c, "DELETE FROM company WHERE id = ?", id));
    }

    @Override
    public long count() {
        return tx.read("action.listCompanies", c -> Sql.count(c, "SELECT count(*) FROM company"));
    }
}
