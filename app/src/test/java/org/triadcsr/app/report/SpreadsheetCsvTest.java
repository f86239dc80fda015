package org.triadcsr.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triadcsr.app.store.Workspace;
import org.triadcsr.app.store.WorkspaceScore;

class SpreadsheetCsvTest {
    @TempDir
    static Path dir;
    static ReportFixtures.Made made;

    @BeforeAll
    static void workspace() {
        made = ReportFixtures.textile(dir);
    }

    private static SpreadsheetCsv.Written csv(String language) {
        try (Workspace ws = Workspace.openForReading(made.file())) {
            return SpreadsheetCsv.of(ws, language);
        }
    }

    /** RFC 4180 cells of one line (no line breaks inside the cells tested here). */
    private static List<String> cells(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void startsWithAByteOrderMarkAndHasHeadersInTheChosenLanguage() {
        String vi = csv("vi").text();
        assertThat(vi).startsWith("\uFEFFMã doanh nghiệp,Doanh nghiệp,Mã bài đánh giá");
        assertThat(vi).contains("Tháng thứ 12 của kỳ").contains("Công ty TNHH May mặc Sài Gòn Xanh");
        assertThat(csv("en").text()).startsWith("\uFEFFCompany id,Company,Assessment id");
    }

    @Test
    void aMonthlyKpiInputHasEachMonthInItsOwnNumericColumnAndTheUnitApart() {
        String line = csv("en").text().lines().filter(l -> l.contains(made.followUp()) && l.contains(",water_m3,"))
                .findFirst().orElseThrow();
        List<String> cells = cells(line);
        int input = SpreadsheetCsv.COLUMNS.indexOf("input_id");
        assertThat(cells.get(input)).isEqualTo("water_m3");
        assertThat(cells.get(input + 2)).isEqualTo("24000");
        assertThat(cells.get(input + 3)).isEqualTo("m³");
        assertThat(cells.subList(input + 4, input + 16)).containsOnly("2000");
        int value = SpreadsheetCsv.COLUMNS.indexOf("kpi_value");
        assertThat(Double.parseDouble(cells.get(value))).isEqualTo(60.0);
        assertThat(cells.get(value + 1)).isEqualTo("L/kg");
    }

    @Test
    void rowsCountEveryAnswerAndEveryKpiInput() {
        SpreadsheetCsv.Written w = csv("en");
        assertThat(w.text().split("\r\n")).hasSize(w.rows() + 1);
        int expected = 0;
        try (Workspace ws = Workspace.openForReading(made.file())) {
            for (String id : List.of(made.baseline(), made.followUp())) {
                var pack = WorkspaceScore.score(ws, id).pack();
                for (var a : ws.answers().of(id).all()) {
                    var q = pack.question(a.questionId()).orElseThrow();
                    expected += q.kpi() == null ? 1 : q.kpi().inputs().size();
                }
            }
        }
        assertThat(w.rows()).isEqualTo(expected);
    }

    @Test
    void cellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(SpreadsheetCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(SpreadsheetCsv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(SpreadsheetCsv.cell("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetCsv.number(1.0E7)).isEqualTo("10000000");
        assertThat(SpreadsheetCsv.number(null)).isEmpty();
    }
}
