package org.triadcsr.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triadcsr.model.answer.Answer;
import org.triadcsr.model.answer.Answers;
import org.triadcsr.model.company.CompanyProfile;
import org.triadcsr.model.improvement.Improvement;
import org.triadcsr.model.improvement.ImprovementRanking;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.PackReader;
import org.triadcsr.model.progress.PeerPosition;
import org.triadcsr.model.scoring.ScoreCard;
import org.triadcsr.model.scoring.Scorer;

/**
 * The model's speed goals, each beside a same-run baseline: scoring a 300-question assessment (baseline:
 * copying its answers into a map), peer percentiles over 10,000 assessments (baseline: sorting their values),
 * loading and validating a 300-question pack (baseline: Jackson parsing the same bytes into a tree).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelBenchmarks {
    private String packJson;
    private Pack pack;
    private List<Answer> answerList;
    private Answers answers;
    private CompanyProfile profile;
    private double[] peerScores;
    private List<Double> peerList;

    @Setup
    public void setUp() throws Exception {
        packJson = SyntheticPack.json(300);
        pack = PackReader.read(packJson, "bench.json");
        answerList = SyntheticPack.answers(pack, 7);
        answers = Answers.of(answerList);
        profile = CompanyProfile.unknown();
        Random r = new Random(11);
        peerScores = new double[10_000];
        for (int i = 0; i < peerScores.length; i++) {
            peerScores[i] = r.nextDouble() * 100;
        }
        peerList = new ArrayList<>(Arrays.stream(peerScores).boxed().toList());
    }

    @Benchmark
    public ScoreCard score300Questions() {
        return Scorer.score(pack, answers, profile, "a", "c");
    }

    /** "What moves the score most": one re-scoring per question; its baseline is one scoring (above). */
    @Benchmark
    public List<Improvement> rankImprovements300Questions() {
        return ImprovementRanking.rank(pack, answers, profile);
    }

    @Benchmark
    public Map<String, Answer> baselineCopyAnswersIntoMap() {
        Map<String, Answer> map = new HashMap<>();
        for (Answer a : answerList) {
            map.put(a.questionId(), a);
        }
        return map;
    }

    /** Percentile of every one of 300 questions' worth of work is not needed: one metric over 10,000 peers. */
    @Benchmark
    public Double peerPercentileOver10000() {
        return PeerPosition.scorePercentile(55.5, peerList);
    }

    @Benchmark
    public double[] baselineSort10000() {
        double[] copy = peerScores.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Benchmark
    public Pack loadAndValidate300QuestionPack() throws Exception {
        return PackReader.read(packJson, "bench.json");
    }

    @Benchmark
    public JsonNode baselineJacksonTreeOfSamePack() throws Exception {
        return MAPPER.readTree(packJson);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
}
