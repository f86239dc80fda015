package org.triadcsr.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.exchange.ExchangeDocument;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.portfolio.Assessment;
import org.triadcsr.model.portfolio.AssessmentStatus;
import org.triadcsr.model.portfolio.CompanyFile;
import org.triadcsr.model.portfolio.Evidence;
import org.triadcsr.model.progress.Target;
import org.triadcsr.model.portfolio.ImprovementAction;

/**
 * Writes a read exchange document into the workspace inside the caller's one transaction: any refusal rolls
 * everything back. A company is matched by its stable id and updated, never duplicated; each assessment in
 * the file replaces the draft with its id; a final assessment already here must arrive unchanged.
 */
final class ExchangeImport {
    private final Connection c;
    private final SqlitePacks packs;
    private final PackLibrary library;
    private final List<StoreText> warnings = new ArrayList<>();
    private int added;
    private int updated;
    private int written;
    private int unchanged;

    ExchangeImport(Connection c, SqlitePacks packs, PackLibrary library) {
        this.c = c;
        this.packs = packs;
        this.library = library;
    }

    ImportResult run(ExchangeDocument doc) throws SQLException {
        Set<String> seen = new HashSet<>();
        for (CompanyFile file : doc.companies()) {
            if (!seen.add(file.company().id())) {
                throw refused("import.companyTwice", file.company().id());
            }
            company(file);
        }
        return new ImportResult(added, updated, written, unchanged, warnings);
    }

    private void company(CompanyFile file) throws SQLException {
        boolean exists = SqliteCompanies.find(c, file.company().id()).isPresent();
        SqliteCompanies.upsert(c, CompanyRow.of(file.company()));
        if (exists) {
            updated++;
        } else {
            added++;
        }
        for (CompanyFile.AssessmentFile a : file.assessments()) {
            assessment(file.company().id(), a);
        }
        for (Target t : file.targets()) {
            SqliteProgress.upsertTarget(c, TargetRow.of(file.company().id(), t));
        }
        for (ImprovementAction action : file.actions()) {
            SqliteProgress.upsertAction(c, ActionRow.of(file.company().id(), action));
        }
    }

    private void assessment(String companyId, CompanyFile.AssessmentFile file) throws SQLException {
        Assessment incoming = file.assessment();
        Optional<Assessment> here = SqliteAssessments.find(c, incoming.id());
        if (here.isPresent() && !here.get().companyId().equals(companyId)) {
            throw refused("import.assessmentOfOther", incoming.id());
        }
        for (Evidence e : file.evidence()) {
            if (e.data() != null) {
                EvidencePolicy.check(e.fileName(), e.mediaType(), e.data().length);
            }
        }
        if (here.isPresent() && here.get().status() == AssessmentStatus.FINAL) {
            if (!sameWork(incoming.id(), file)) {
                throw refused("import.finalDiffers", incoming.period(), incoming.id());
            }
            unchanged++;
            return;
        }
        if (here.isPresent()) {
            if (here.get().updatedAt().isAfter(incoming.updatedAt())) {
                // The file is older than the draft here: importing it would throw away newer answers.
                throw refused("import.draftNewerHere", incoming.period(), incoming.id(), here.get().updatedAt().toString(),
                        incoming.updatedAt().toString());
            }
            Sql.update(c, "DELETE FROM assessment WHERE id = ?", incoming.id());
        }
        checkAnswers(incoming, file.answers());
        AssessmentRow draft = AssessmentRow.of(new Assessment(incoming.id(), companyId, incoming.packId(),
                incoming.packVersion(), incoming.period(), incoming.assessor(), AssessmentStatus.DRAFT,
                incoming.createdAt(), incoming.updatedAt()));
        SqliteAssessments.insert(c, draft);
        try (AnswerWriter writer = new AnswerWriter(c)) {
            for (Answer answer : file.answers()) {
                writer.insert(incoming.id(), answer, incoming.updatedAt().toString());
            }
        }
        for (Evidence e : file.evidence()) {
            if (Sql.count(c, "SELECT count(*) FROM evidence WHERE id = ?", e.id()) > 0) {
                throw refused("import.evidenceOfOther", e.id());
            }
            SqliteEvidence.insert(c, e);
        }
        if (incoming.status() == AssessmentStatus.FINAL) {
            Sql.update(c, "UPDATE assessment SET status = 'final' WHERE id = ?", incoming.id());
            Fingerprints.store(c, SqliteAssessments.require(c, incoming.id()));
        }
        written++;
    }

    private void checkAnswers(Assessment a, List<Answer> answers) throws SQLException {
        Optional<Pack> pack = packs.find(a.packId(), a.packVersion());
        if (pack.isEmpty()) {
            Optional<byte[]> json = library.json(a.packId(), a.packVersion());
            if (json.isPresent()) {
                Pack found = SqlitePacks.parse(json.get(), a.packId() + "@" + a.packVersion());
                SqlitePacks.store(c, found, json.get());
                pack = Optional.of(found);
            }
        }
        if (pack.isEmpty()) {
            warnings.add(new StoreText("import.packUnknown", a.packId(), a.packVersion(), a.period()));
            return;
        }
        for (Answer answer : answers) {
            try {
                SqliteAnswers.check(pack.get(), answer);
            } catch (StoreException e) {
                throw refused("import.invalidAnswer", a.period(), e);
            }
        }
    }

    private boolean sameWork(String assessmentId, CompanyFile.AssessmentFile file) throws SQLException {
        Answers stored = SqliteAnswers.read(c, assessmentId);
        Answers given = Answers.of(file.answers());
        if (stored.size() != given.size() || !given.all().stream().allMatch(a -> stored.get(a.questionId())
                .filter(a::equals).isPresent())) {
            return false;
        }
        return new HashSet<>(SqliteEvidence.of(c, assessmentId)).equals(new HashSet<>(file.evidence()));
    }

    /** The import is refused: {@code key} says why; the workspace is unchanged (the transaction rolls back). */
    static StoreException refused(String key, Object... args) {
        return StoreException.of(StoreException.Reason.REFUSED, "import.refused", new StoreText(key, args));
    }
}
