package io.modelci.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric against scikit-learn 1.2.1 on the committed cases (generate_expected.py wrote them): equal to a
 * relative error of 1e-9, absolute near zero; undefined there means absent here, with a warning.
 */
class ScikitLearnConformanceTest {
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    @TestFactory
    List<DynamicTest> shouldMatchScikitLearn() throws IOException, URISyntaxException {
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/eval/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        Path dir = Path.of(getClass().getResource("/eval/conformance").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode testCase : expected.get("cases")) {
            tests.add(DynamicTest.dynamicTest(testCase.get("name").asText(), () -> check(dir, testCase)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(15);
        return tests;
    }

    private static void check(final Path dir, final JsonNode testCase) {
        Task task = Task.of(testCase.get("task").asText());
        ReadOptions options = ReadOptions.of(task);
        if (testCase.has("positive_label")) {
            options = options.withPositiveLabel(testCase.get("positive_label").asText());
        }
        if (testCase.has("slice_by")) {
            options = options.withSliceBy(List.of(testCase.get("slice_by").asText()));
        }
        Predictions predictions = PredictionsReader.read(dir.resolve(testCase.get("file").asText()), options);
        EvaluationResult result = Evaluator.evaluate(predictions, EvaluationOptions.defaults());

        assertThat(result.rows()).isEqualTo(testCase.get("rows").asLong());
        compare(testCase.get("name").asText(), testCase.get("metrics"), result.metrics(), result.warnings());
        if (testCase.has("confusion_matrix")) {
            JsonNode matrix = testCase.get("confusion_matrix");
            List<String> labels = new ArrayList<>();
            matrix.get("labels").forEach(label -> labels.add(label.asText()));
            ConfusionMatrix confusion = result.confusion().orElseThrow();
            assertThat(confusion.labels()).isEqualTo(labels);
            for (int a = 0; a < labels.size(); a++) {
                for (int b = 0; b < labels.size(); b++) {
                    assertThat(confusion.count(a, b)).isEqualTo(matrix.get("counts").get(a).get(b).asLong());
                }
            }
        }
        if (testCase.has("slices")) {
            Map<String, SliceResult> slices = result.slices().get(testCase.get("slice_by").asText());
            Iterator<Map.Entry<String, JsonNode>> values = testCase.get("slices").properties().iterator();
            while (values.hasNext()) {
                Map.Entry<String, JsonNode> value = values.next();
                SliceResult slice = slices.get(value.getKey());
                assertThat(slice.rows()).isEqualTo(value.getValue().get("rows").asLong());
                if (slice.rows() < 30) {
                    assertThat(slice.tooSmall()).isTrue();
                    assertThat(slice.metrics()).isEmpty();
                }
                else {
                    compare(value.getKey(), value.getValue().get("metrics"), slice.metrics(), result.warnings());
                }
            }
        }
    }

    private static void compare(final String where, final JsonNode expected, final Map<String, Double> actual,
            final List<String> warnings) {
        List<String> names = new ArrayList<>();
        expected.fieldNames().forEachRemaining(names::add);
        assertThat(actual.keySet()).as(where).isSubsetOf(names);
        for (String name : names) {
            JsonNode value = expected.get(name);
            if (value.isNull()) {
                assertThat(actual).as(where + " " + name).doesNotContainKey(name);
                assertThat(warnings).as(where + " " + name).anyMatch(w -> w.contains(name));
                continue;
            }
            assertThat(actual).as(where).containsKey(name);
            double want = value.asDouble();
            double got = actual.get(name);
            double tolerance = Math.max(ABSOLUTE, Math.abs(want) * RELATIVE);
            assertThat(Math.abs(got - want)).as(where + " " + name + ": got " + got + ", scikit-learn " + want)
                    .isLessThanOrEqualTo(tolerance);
        }
    }
}
