package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the model under test said for one input: an answer, or why there is none.
 *
 * @param answer the parsed answer, or null on failure
 * @param error why there is no answer (HTTP status, I/O error, process failure), or null
 */
public record TargetAnswer(JsonNode answer, String error) {
    public static TargetAnswer of(final JsonNode answer) {
        return new TargetAnswer(answer, null);
    }

    public static TargetAnswer failed(final String error) {
        return new TargetAnswer(null, error);
    }
}
