package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenComparatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(final String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void shouldAcceptNumbersWithinTheAbsoluteOrRelativeTolerance() throws Exception {
        GoldenComparator absolute = new GoldenComparator(0.01, 0, null);
        GoldenComparator relative = new GoldenComparator(0, 0.01, null);

        assertThat(absolute.mismatch(json("0.50"), json("0.505"))).isEmpty();
        assertThat(absolute.mismatch(json("0.50"), json("0.52"))).isPresent();
        assertThat(relative.mismatch(json("1000"), json("1009"))).isEmpty();
        assertThat(relative.mismatch(json("1000"), json("1011"))).isPresent();
        assertThat(absolute.mismatch(json("0.5"), json("\"0.501\""))).isEmpty();
    }

    @Test
    void shouldCompareLabelsExactly() throws Exception {
        GoldenComparator comparator = new GoldenComparator(1, 1, null);

        assertThat(comparator.mismatch(json("\"yes\""), json("\"yes\""))).isEmpty();
        assertThat(comparator.mismatch(json("\"yes\""), json("\"Yes\""))).contains("expected \"yes\", got \"Yes\"");
        assertThat(comparator.mismatch(json("true"), json("false"))).isPresent();
    }

    @Test
    void shouldCompareOnlyTheExpectedFieldsOfAnObject() throws Exception {
        GoldenComparator comparator = new GoldenComparator(1e-6, 0, null);

        assertThat(comparator.mismatch(json("{\"label\":\"no\"}"), json("{\"label\":\"no\",\"score\":0.2}"))).isEmpty();
        assertThat(comparator.mismatch(json("{\"label\":\"no\",\"score\":0.3}"), json("{\"label\":\"no\",\"score\":0.2}")))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("'score': expected 0.3, got 0.2"));
        assertThat(comparator.mismatch(json("{\"label\":\"no\"}"), json("{\"score\":0.2}"))).contains("'label' missing");
    }

    @Test
    void shouldPickTheAnswerFieldForAnExpectedScalar() throws Exception {
        JsonNode answer = json("{\"label\":\"no\",\"score\":0.2}");

        assertThat(new GoldenComparator(0, 0, "label").mismatch(json("\"no\""), answer)).isEmpty();
        assertThat(new GoldenComparator(0, 0, null).mismatch(json("\"no\""), answer))
                .hasValueSatisfying(reason -> assertThat(reason).contains("several fields").contains("--field"));
        assertThat(new GoldenComparator(0, 0, null).mismatch(json("0.2"), json("{\"p\":0.2}"))).isEmpty();
    }
}
