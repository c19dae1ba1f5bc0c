package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.EvaluationReport;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void printsTheStandardErrorsOfHitRateAndNdcgNextToThem() {
        EvaluationReport sampled = report(0.5, 0.1235, 0.3, 0.0456);
        EvaluationReport full = report(0.2, 0.01, 0.1, 0.02);
        ModelResult bmf = new ModelResult("BMF", sampled, full, 3, 1.5, 1000, 256, new double[] {0.6, 0.5, 0.4});

        String[] lines = ComparisonTable.of(List.of(bmf)).split(System.lineSeparator());

        List<String> header = List.of(lines[0].trim().split("\\s+"));
        List<String> row = List.of(lines[1].trim().split("\\s+"));
        assertThat(header.subList(0, 3)).containsExactly("model", "HR@10", "±HR");
        assertThat(row.get(header.indexOf("±HR"))).isEqualTo("0.1235");
        assertThat(row.get(header.indexOf("±NDCG"))).isEqualTo("0.0456");
        assertThat(header.indexOf("±NDCG")).isEqualTo(header.indexOf("NDCG@10") + 1);
        assertThat(lines[2]).contains("± is the standard error");
    }

    private static EvaluationReport report(double hr, double hrSe, double ndcg, double ndcgSe) {
        OptionalDouble none = OptionalDouble.empty();
        return new EvaluationReport(10, 40, 0, OptionalDouble.of(hr), OptionalDouble.of(hr / 10), OptionalDouble.of(ndcg),
                none, none, none, none, none, OptionalDouble.of(hrSe), OptionalDouble.of(ndcgSe));
    }
}
