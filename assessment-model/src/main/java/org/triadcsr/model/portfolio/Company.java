package org.triadcsr.model.portfolio;

import org.triadcsr.model.company.CompanyProfile;

/** A company in a portfolio. {@code id} is stable across laptops and exchange files (a UUID). */
public record Company(String id, String name, String sector, String province, CompanyProfile profile) {
}
