package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.ModelDefaults;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench quality} end to end on small MovieLens files written here. */
class BenchQualityCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesARowPerModelTheirEnsembleAndItemPopToCsvAndJson() throws IOException {
        Path file = ratings(12, 40, 25, 1, true);

        int code = run("quality", "--format", "movielens", file.toString(), "--epochs", "1",
                "--defaults", dir.resolve("absent.properties").toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("out/quality.csv"));
        assertThat(csv.get(0)).startsWith("model,HR@10,±HR@10,P@10,NDCG@10,±NDCG@10,MAP@10,MRR@10,AUC,fHR@10,±fHR@10,"
                + "fNDCG@10,±fNDCG@10,RMSE,MAE,epochs");
        assertThat(csv.subList(1, csv.size())).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("ENCM", "LNCM", "NeuMF", "BMF", "Ensemble", "ItemPop");
        assertThat(csv.get(5)).matches("Ensemble,.*,\"weights ENCM [0-9.]+, LNCM [0-9.]+, NeuMF [0-9.]+, BMF [0-9.]+\"");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/quality.json").toFile());
        assertThat(json.get("rows")).hasSize(6);
        assertThat(json.get("notes").get("positives").asText()).isEqualTo("all");
        assertThat(json.get("notes").get("test cases").asInt()).isEqualTo(12);
        assertThat(json.get("rows").get(3).get("epochs").asInt()).isEqualTo(1);
        // 12 cases: the standard error of a hit rate h is sqrt(h (1 - h) / 11).
        for (JsonNode row : json.get("rows")) {
            double h = row.get("HR@10").asDouble();
            assertThat(row.get("±HR@10").asDouble()).isCloseTo(Math.sqrt(h * (1 - h) * 12 / 11 / 12),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void rankingAgainstGivenCandidatesGivesItemPopTheHitRateComputedByHand() throws IOException {
        Path file = ratings(20, 150, 20, 2, false);
        List<String[]> rows = Files.readAllLines(file).stream().map(l -> l.split("\t")).toList();
        // The held-out row: each user's latest; a timestamp tie goes to the later line.
        Map<String, String[]> latest = new HashMap<>();
        for (String[] r : rows) {
            latest.merge(r[0], r, (a, b) -> Long.parseLong(b[3]) >= Long.parseLong(a[3]) ? b : a);
        }
        Set<Integer> known = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        rows.forEach(r -> known.add(Integer.parseInt(r[1])));
        Map<String, Integer> popularity = new HashMap<>();
        Map<String, Set<String>> rated = new HashMap<>();
        for (String[] r : rows) {
            rated.computeIfAbsent(r[0], u -> new HashSet<>()).add(r[1]);
            if (!latest.get(r[0])[1].equals(r[1])) {
                popularity.merge(r[1], 1, Integer::sum);
            }
        }
        StringJoiner negatives = new StringJoiner("\n", "", "\n");
        int hits = 0;
        for (String user : latest.keySet()) {
            String held = latest.get(user)[1];
            List<String> candidates = new ArrayList<>();
            for (int item : known) {
                if (candidates.size() < 99 && !rated.get(user).contains(String.valueOf(item))) {
                    candidates.add(String.valueOf(item));
                }
            }
            negatives.add("(" + user + "," + held + ")\t" + String.join("\t", candidates));
            int heldCount = popularity.getOrDefault(held, 0);
            long above = candidates.stream().filter(c -> popularity.getOrDefault(c, 0) >= heldCount).count();
            hits += above + 1 <= 10 ? 1 : 0;
        }
        assertThat(hits).as("a test that some but not all users hit").isBetween(1, 19);
        Path negativesFile = Files.writeString(dir.resolve("u.test.negative"), negatives.toString());

        int code = run("quality", "--format", "movielens", file.toString(), "--models", "BMF", "--epochs", "1",
                "--test-negatives", negativesFile.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isZero();
        JsonNode itemPop = new ObjectMapper().readTree(dir.resolve("out/quality.json").toFile()).get("rows").get(1);
        assertThat(itemPop.get("model").asText()).isEqualTo("ItemPop");
        assertThat(itemPop.get("HR@10").asDouble()).isCloseTo(hits / 20.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badTestNegativesAreOneClearLineWithTheLineNumbers() throws IOException {
        Path file = ratings(12, 40, 25, 3, true);
        Path negatives = Files.writeString(dir.resolve("bad.negative"), "1 999 1 2 3\n(2,x\n");
        Printed p = printed("quality", "--format", "movielens", file.toString(), "--models", "BMF", "--epochs", "1",
                "--test-negatives", negatives.toString(), "--out", dir.resolve("out").toString());

        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("line 2: '(' without ')'").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("out/quality.csv")).doesNotExist();
    }

    @Test
    void tuneWritesTheChosenDefaultsAndUsesThem() throws IOException {
        Path file = ratings(12, 40, 25, 4, true);
        Path defaults = dir.resolve("config/model-defaults.properties");

        int code = run("quality", "--format", "movielens", file.toString(), "--models", "BMF", "--tune",
                "--tune-trials", "2", "--defaults", defaults.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isZero();
        ModelDefaults written = ModelDefaults.load(defaults);
        List<String> search = Files.readAllLines(dir.resolve("out/quality-tuning.csv"));
        assertThat(search).hasSize(1 + 2);
        String chosen = search.stream().filter(l -> l.endsWith(",chosen")).findFirst().orElseThrow();
        assertThat(chosen).startsWith("BMF,0,50,1," + written.of(ModelName.BMF).label() + ",");
        assertThat(written.of(ModelName.NEUMF)).isEqualTo(ModelDefaults.packaged().of(ModelName.NEUMF));
        JsonNode bmf = new ObjectMapper().readTree(dir.resolve("out/quality.json").toFile()).get("rows").get(0);
        assertThat(bmf.get("hyperparameters").asText()).isEqualTo(written.of(ModelName.BMF).label());
    }

    @Test
    void ablateContextComparesEncmWithAndWithoutContextOnTheSameCasesOfAGeneratedCsv() throws IOException {
        Path out = dir.resolve("out");

        int code = run("quality", "--synthetic-context", "30x40x240", "--models", "ENCM", "--epochs", "1",
                "--ablate-context", "--out", out.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("quality-context.json").toFile());
        JsonNode rows = json.get("rows");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("context features").asText()).isEqualTo("daytime weather");
        assertThat(rows.get(1).get("context features").asText()).isEqualTo("-");
        assertThat(rows.get(2).get("HR@10").asDouble()).isCloseTo(
                rows.get(0).get("HR@10").asDouble() - rows.get(1).get("HR@10").asDouble(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(json.get("notes").get("paired cases").asInt()).isEqualTo(30);
        assertThat(Files.readAllLines(out.resolve("synthetic-context-30x40x240-seed42.csv")).get(0))
                .isEqualTo("user_id,item_id,count,ctx_daytime,ctx_weather");
    }

    @Test
    void ablateContextReusesTheBenchmarksEncmInsteadOfTrainingItAgain() throws IOException {
        String[] args = {"quality", "--synthetic-context", "30x40x240", "--models", "ENCM", "--epochs", "1", "--out",
                dir.resolve("out").toString()};
        long plain = encmEpochLines(console(args));

        long ablated = encmEpochLines(console(append(args, "--ablate-context")));

        assertThat(plain).isPositive();
        assertThat(ablated).as("ENCM trained with context once, without once").isEqualTo(2 * plain);
        JsonNode context = new ObjectMapper().readTree(dir.resolve("out/quality-context.json").toFile()).get("rows");
        JsonNode quality = new ObjectMapper().readTree(dir.resolve("out/quality.json").toFile()).get("rows");
        assertThat(context.get(0).get("NDCG@10")).isEqualTo(quality.get(0).get("NDCG@10"));
    }

    @Test
    void compareNegativeAlphaTrainsEachModelAgainWithPopularNegativesAndPrintsThePairedDifference() throws IOException {
        Path file = ratings(12, 40, 25, 1, true);
        Path out = dir.resolve("out");

        int code = run("quality", "--format", "movielens", file.toString(), "--models", "NeuMF,BMF", "--epochs", "1",
                "--compare-negative-alpha", "0.75", "--out", out.toString());

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("quality-negatives.json").toFile());
        JsonNode rows = json.get("rows");
        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(r -> r.get("model").asText()).containsExactly("NeuMF", "NeuMF",
                "NeuMF difference (paired)", "BMF", "BMF", "BMF difference (paired)");
        assertThat(rows.get(0).get("negative alpha").asDouble()).isZero();
        assertThat(rows.get(1).get("negative alpha").asDouble()).isEqualTo(0.75);
        for (int m = 0; m < 2; m++) {
            assertThat(rows.get(3 * m + 2).get("HR@10").asDouble()).isCloseTo(rows.get(3 * m + 1).get("HR@10").asDouble()
                    - rows.get(3 * m).get("HR@10").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        }
        JsonNode quality = new ObjectMapper().readTree(out.resolve("quality.json").toFile()).get("rows");
        assertThat(rows.get(3).get("NDCG@10")).as("BMF's uniform row is the benchmark's").isEqualTo(quality.get(1).get("NDCG@10"));
        assertThat(json.get("notes").get("paired cases").asInt()).isEqualTo(12);
    }

    @Test
    void aNegativeAlphaOutsideZeroToOneIsOneClearLine() {
        Printed p = printed("quality", "--data", "demo", "--compare-negative-alpha", "3", "--out",
                dir.resolve("out").toString());

        assertThat(p.code()).isNotZero();
        assertThat(p.err()).contains("negative-alpha must be in [0, 1.0], was 3.0").doesNotContain("\tat ");
    }

    /** What a run returned and printed to standard output and error. */
    private record Printed(int code, String out, String err) {
    }

    private static Printed printed(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            int code = run(args);
            return new Printed(code, out.toString(), err.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static String console(String... args) {
        Printed p = printed(args);
        assertThat(p.code()).isZero();
        return p.out();
    }

    private static long encmEpochLines(String console) {
        return console.lines().filter(l -> l.startsWith("ENCM epoch ")).count();
    }

    private static String[] append(String[] args, String arg) {
        String[] more = java.util.Arrays.copyOf(args, args.length + 1);
        more[args.length] = arg;
        return more;
    }

    @Test
    void tuneOnSeveralDatasetsHalvesAndScoresEachSettingOnEveryOneWithoutBenchmarking() throws IOException {
        Path one = ratings(12, 40, 25, 5, true);
        Path two = ratings(15, 30, 20, 6, false);
        Path defaults = dir.resolve("tuned.properties");

        int code = run("quality", "--tune", "--tune-on", "movielens:" + one + ",movielens:" + two, "--models", "BMF",
                "--tune-trials", "4", "--tune-eta", "2", "--tune-min-epochs", "1", "--defaults", defaults.toString(),
                "--out", dir.resolve("out").toString());

        assertThat(code).isZero();
        List<String> search = Files.readAllLines(dir.resolve("out/quality-tuning.csv"));
        assertThat(search.subList(1, search.size())).extracting(l -> l.substring(0, l.indexOf(",", 4)))
                .containsExactly("BMF,0", "BMF,0", "BMF,0", "BMF,0", "BMF,1", "BMF,1");
        assertThat(search.subList(1, 5)).filteredOn(l -> l.endsWith(",goes on")).hasSize(2);
        assertThat(search.get(5)).endsWith(",chosen");
        assertThat(search.get(1).split("\\) ")).hasSize(2); // one validation figure per dataset
        assertThat(Files.readString(defaults)).contains(one.toString()).contains(two.toString());
        assertThat(ModelDefaults.load(defaults).of(ModelName.BMF).label()).isEqualTo(search.get(5).split(",")[4]);
        assertThat(dir.resolve("out/quality.csv")).doesNotExist();
    }

    @Test
    void anUnknownDatasetIsOneClearLine() {
        Printed p = printed("quality", "--tune", "--tune-on", "demo,netflix", "--out", dir.resolve("out").toString());

        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("unknown dataset 'netflix'").doesNotContain("\tat ");
    }

    private static int run(String... args) {
        return BenchCli.run(args);
    }

    // u.data: each user rates perUser distinct items (skewed to low ids, or uniform) with random stars, at
    // random times, many tied.
    private Path ratings(int users, int items, int perUser, long seed, boolean skewed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringJoiner lines = new StringJoiner("\n", "", "\n");
        for (int u = 1; u <= users; u++) {
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < perUser) {
                int item = 1 + (skewed ? (int) Math.min(items - 1, Math.abs(random.nextGaussian()) * items / 3)
                        : random.nextInt(items));
                if (chosen.add(item)) {
                    lines.add(u + "\t" + item + "\t" + (1 + random.nextInt(5)) + "\t" + (880_000_000 + random.nextInt(40)));
                }
            }
        }
        return Files.writeString(dir.resolve("u" + seed + ".data"), lines.toString());
    }
}
