package io.modelci.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.InputException;

/**
 * Scores rows given as JSON objects ({@code {"state": "KS", "account_length": 128, ...}}) and answers
 * {@code {"label": "yes", "score": 0.83}}: what the model server and the scorer's JSON Lines mode speak.
 */
public final class JsonRowScorer {
    private final LogisticModel model;

    public JsonRowScorer(final LogisticModel model) {
        this.model = model;
    }

    /**
     * Scores one row object, or each object of an array (answering an array in the same order).
     *
     * @throws InputException when the request is neither, or a numeric feature holds text
     */
    public JsonNode score(final JsonNode request) {
        if (request.isArray()) {
            ArrayNode answers = JsonNodeFactory.instance.arrayNode();
            for (JsonNode row : request) {
                answers.add(scoreRow(row));
            }
            return answers;
        }
        return scoreRow(request);
    }

    private ObjectNode scoreRow(final JsonNode row) {
        if (!row.isObject()) {
            throw InputException.ofField("request", "expected a JSON object of column values, found "
                    + row.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        double score = model.score(name -> {
            JsonNode value = row.get(name);
            return value == null || value.isNull() ? null : value.asText();
        });
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("label", model.labelFor(score));
        answer.put("score", score);
        return answer;
    }
}
