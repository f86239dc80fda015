package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.Company;
import org.triadcsr.model.portfolio.CompanyFile;

/** Reads a company with all its work as the model's {@link CompanyFile}, the unit of export. */
final class WorkspaceReader {
    private WorkspaceReader() {
    }

    static CompanyFile companyFile(Connection c, Company company) throws SQLException {
        List<CompanyFile.AssessmentFile> assessments = new ArrayList<>();
        for (AssessmentRow row : Sql.list(c, SqliteAssessments.SELECT + " WHERE company_id = ? ORDER BY period, created_at",
                AssessmentRow::read, company.id())) {
            Assessment a = row.toModel();
            Fingerprints.check(c, a, workspaceName(c));
            assessments.add(new CompanyFile.AssessmentFile(a, SqliteAnswers.read(c, a.id()).all().stream()
                    .sorted(Comparator.comparing(Answer::questionId)).toList(),
                    SqliteEvidence.of(c, a.id())));
        }
        return new CompanyFile(company, assessments, SqliteProgress.targets(c, company.id()),
                SqliteProgress.actions(c, company.id()));
    }

    /** The workspace file's name, for messages. */
    static String workspaceName(Connection c) throws SQLException {
        String file = Sql.one(c, "SELECT file FROM pragma_database_list WHERE name = 'main'", rs -> rs.getString(1))
                .orElse("");
        return java.nio.file.Path.of(file.isEmpty() ? "workspace" : file).getFileName().toString();
    }

    static List<Company> companies(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + CompanyRow.COLUMNS + " FROM company ORDER BY name COLLATE NOCASE, id",
                CompanyRow::read).stream().map(CompanyRow::toModel).toList();
    }
}
