package org.triadcsr.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.company.Field;
import org.triadcsr.model.company.WageRegion;
import org.triadcsr.model.portfolio.Company;

/** A row of {@code company}, as stored; converted to and from the model's {@link Company}. */
record CompanyRow(String id, String name, String sector, String province, String wageRegion, String field,
                  Integer employees, Double revenueBnVnd, Double capitalBnVnd) {
    static final String COLUMNS = "id, name, sector, province, wage_region, field, employees, revenue_bn_vnd, capital_bn_vnd";

    static CompanyRow of(Company c) {
        CompanyProfile p = c.profile() == null ? CompanyProfile.unknown() : c.profile();
        Field field = p.field() == null ? Field.INDUSTRY_CONSTRUCTION : p.field();
        return new CompanyRow(c.id(), c.name(), c.sector(), c.province(), p.region() == null ? null : p.region().name(),
                field.name().toLowerCase(Locale.ROOT), p.employees(), p.revenueBnVnd(), p.capitalBnVnd());
    }

    static CompanyRow read(ResultSet rs) throws SQLException {
        return new CompanyRow(rs.getString("id"), rs.getString("name"), rs.getString("sector"), rs.getString("province"),
                rs.getString("wage_region"), rs.getString("field"), Sql.intOrNull(rs, "employees"),
                Sql.doubleOrNull(rs, "revenue_bn_vnd"), Sql.doubleOrNull(rs, "capital_bn_vnd"));
    }

    Company toModel() {
        CompanyProfile profile = new CompanyProfile(Field.valueOf(field.toUpperCase(Locale.ROOT)), employees,
                revenueBnVnd, capitalBnVnd, wageRegion == null ? null : WageRegion.valueOf(wageRegion));
        return new Company(id, name, sector, province, profile);
    }

    Object[] values() {
        return new Object[] {id, name, sector, province, wageRegion, field, employees, revenueBnVnd, capitalBnVnd};
    }
}
