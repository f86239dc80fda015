package org.triadcsr.model.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triadcsr.model.TestPacks;

/** One test per class of pack error: the message, and where it points. */
class PackValidatorTest {
    private static List<PackProblem> problems(String json) {
        return PackReader.validate(json, "my-pack.json");
    }

    private static String edit(String from, String to) {
        String json = TestPacks.json();
        assertThat(json).contains(from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static PackProblem only(String json) {
        List<PackProblem> found = problems(json);
        assertThat(found).as("problems").hasSize(1);
        return found.get(0);
    }

    @Test
    void theTestPackIsValid() {
        assertThat(problems(TestPacks.json())).isEmpty();
        Pack pack = TestPacks.pack();
        assertThat(pack.questions()).hasSize(8);
        assertThat(pack.question("env.water.intensity").orElseThrow().kpi().benchmark().sourceId()).isEqualTo("src-a");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        PackProblem p = only("{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}");
        assertThat(p.message()).startsWith("malformed JSON");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.file()).isEqualTo("my-pack.json");
    }

    @Test
    void duplicateJsonKeysAreMalformed() {
        assertThat(only("{\"id\": \"a\", \"id\": \"b\"}").message()).contains("Duplicate field 'id'");
    }

    @Test
    void missingFieldIsNamedAtItsObject() {
        PackProblem p = only(edit("\"kind\": \"maturity\", \"tier\": \"core\",\n           \"text\": {\"en\": \"How is water metered?\"",
                "\"kind\": \"maturity\",\n           \"text\": {\"en\": \"How is water metered?\""));
        assertThat(p.message()).isEqualTo("a question is missing the required field 'tier'");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/questions/0");
        assertThat(p.line()).isEqualTo(16);
    }

    @Test
    void unknownFieldIsNamedWithTheAllowedOnes() {
        PackProblem p = only(edit("\"sector\": \"test\",", "\"sector\": \"test\", \"colour\": \"red\","));
        assertThat(p.message()).startsWith("unknown field 'colour' in the pack (allowed: ");
        assertThat(p.pointer()).isEqualTo("/colour");
        assertThat(p.line()).isEqualTo(5);
    }

    @Test
    void duplicateIdsPointToTheFirstUse() {
        PackProblem p = only(edit("\"id\": \"soc.hours.consent\"", "\"id\": \"soc.hours.overtime-month\""));
        assertThat(p.message()).startsWith("duplicate id 'soc.hours.overtime-month': already used by the question at /domains/1/topics/0/questions/0");
    }

    @Test
    void unknownKindListsTheKinds() {
        PackProblem p = only(edit("\"kind\": \"choice\"", "\"kind\": \"slider\""));
        assertThat(p.message()).isEqualTo("'slider' is not a known kind (allowed: maturity, yesno, choice, kpi)");
        assertThat(p.pointer()).endsWith("/questions/1/kind");
    }

    @Test
    void formulaThatDoesNotParse() {
        PackProblem p = only(edit("\"formula\": \"water_m3 * 1000 / output_kg\"", "\"formula\": \"water_m3 * (1000 / output_kg\""));
        assertThat(p.message()).startsWith("the formula does not parse: the '(' at character 12 is never closed");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/questions/1/kpi/formula");
    }

    @Test
    void formulaNamingAnUnknownInput() {
        PackProblem p = only(edit("\"formula\": \"water_m3 * 1000 / output_kg\"", "\"formula\": \"water_l / output_kg\""));
        assertThat(p.message()).isEqualTo("the formula names 'water_l', which is not an input of this KPI (inputs: water_m3, output_kg)");
    }

    @Test
    void benchmarkNotOrderedForItsDirection() {
        PackProblem p = only(edit("\"best\": 50, \"typical\": 100, \"poor\": 200", "\"best\": 150, \"typical\": 100, \"poor\": 200"));
        assertThat(p.message()).isEqualTo("benchmark values must be strictly ordered for lower_is_better: best < typical < poor"
                + " (got best 150.0, typical 100.0, poor 200.0)");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/questions/1/kpi/benchmark");
    }

    @Test
    void benchmarkWithoutSourceOrWithAnUnknownSource() {
        List<PackProblem> missing = problems(edit(", \"source\": \"src-a\", \"year\": 2020}}}", ", \"year\": 2020}}}"));
        assertThat(missing).extracting(PackProblem::message).containsExactly("a benchmark is missing the required field 'source'");
        PackProblem unknown = only(edit("\"source\": \"src-a\"", "\"source\": \"src-z\""));
        assertThat(unknown.message()).isEqualTo("the benchmark cites source 'src-z', which is not in the pack's 'sources'");
    }

    @Test
    void nonPositiveWeight() {
        PackProblem p = only(edit("\"weight\": 3", "\"weight\": 0"));
        assertThat(p.message()).isEqualTo("weight must be greater than 0 (got 0.0)");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/1/weight");
    }

    @Test
    void textMissingForADeclaredLanguage() {
        PackProblem p = only(edit("\"name\": {\"en\": \"Water\", \"vi\": \"Nước\"}", "\"name\": {\"en\": \"Water\"}"));
        assertThat(p.message()).isEqualTo("the 'vi' text of 'name' is missing (every text needs en and vi)");
        assertThat(p.pointer()).isEqualTo("/domains/0/topics/0/name");
    }

    @Test
    void textNotInNfc() {
        String decomposed = java.text.Normalizer.normalize("Nước", java.text.Normalizer.Form.NFD);
        PackProblem p = only(edit("\"vi\": \"Nước\"}", "\"vi\": \"" + decomposed + "\"}"));
        assertThat(p.message()).contains("is not in Unicode NFC form");
    }

    @Test
    void limitOnAKindThatCannotCarryIt() {
        List<PackProblem> found = problems(edit("\"options\": [", "\"limits\": [{\"max\": 1, \"severity\": \"major\", \"basis\": {\"en\": \"x\", \"vi\": \"y\"}}],\n \"options\": ["));
        assertThat(found).extracting(PackProblem::message).containsExactly(
                "a choice question's limit is {\"forbidden\": [option ids]}; 'max' belongs to another kind of question",
                "a choice question's limit needs 'forbidden', the list of option ids that breach it");
        assertThat(found.get(0).pointer()).endsWith("/questions/1/limits/0/max");
    }

    @Test
    void regionalLimitNeedsEveryRegion() {
        assertThat(problems(edit("\"IV\": 3700000", "\"V\": 3700000"))).extracting(PackProblem::message)
                .containsExactlyInAnyOrder("a regional min needs a number for each region I, II, III and IV (missing IV)",
                        "unknown region 'V' (allowed: I, II, III, IV)");
    }

    @Test
    void wrongDomainsAreRejected() {
        List<PackProblem> found = problems(edit("{\"id\": \"productivity\"", "{\"id\": \"economy\""));
        assertThat(found).extracting(PackProblem::message)
                .contains("unknown domain 'economy' (allowed: environment, social, productivity)");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsLoaded() {
        String json = edit("\"weight\": 3", "\"weight\": -1").replace("\"kind\": \"choice\"", "\"kind\": \"slider\"")
                .replace("\"tier\": \"advanced\"", "\"tier\": \"expert\"");
        assertThatThrownBy(() -> PackReader.read(json, "my-pack.json"))
                .isInstanceOf(PackInvalidException.class)
                .satisfies(e -> assertThat(((PackInvalidException) e).problems()).hasSize(3))
                .hasMessageContaining("my-pack.json:");
    }

    @Test
    void notUtf8IsReportedPlainly() {
        byte[] latin1 = "{\"id\": \"caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PackReader.read(latin1, "x.json")).hasMessageContaining("not UTF-8");
    }
}
