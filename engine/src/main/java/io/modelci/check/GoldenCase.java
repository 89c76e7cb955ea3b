package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One known input with the output the model must give.
 *
 * @param line the line of the golden file it came from
 * @param input the request: a JSON object of column values
 * @param expected the answer: a scalar, or an object whose fields must all be in the answer
 */
public record GoldenCase(long line, JsonNode input, JsonNode expected) {
}
