package org.triadcsr.app.store;

import java.util.List;
import java.util.Optional;
import org.triadcsr.model.portfolio.Company;

/** The companies of a workspace. Every method commits at once or throws a {@link StoreException}. */
public interface CompanyRepository {
    /** Adds the company, or updates the one with its id. */
    Company save(Company company);

    Optional<Company> find(String id);

    /** All companies, by name. */
    List<Company> list();

    /** Removes the company with all its assessments, evidence, targets and actions. */
    void delete(String id);

    long count();
}
