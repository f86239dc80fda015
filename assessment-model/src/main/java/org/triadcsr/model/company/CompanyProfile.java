package org.triadcsr.model.company;

/**
 * What scoring needs to know about a company. Any figure may be unknown (null).
 *
 * @param employees average employees in social insurance over the year (X)
 * @param revenueBnVnd annual revenue in billion VND (T)
 * @param capitalBnVnd total capital in billion VND (V)
 */
public record CompanyProfile(Field field, Integer employees, Double revenueBnVnd, Double capitalBnVnd, WageRegion region) {
    public static CompanyProfile unknown() {
        return new CompanyProfile(Field.INDUSTRY_CONSTRUCTION, null, null, null, null);
    }

    public SizeClass sizeClass() {
        return SizeClass.of(this);
    }
}
