package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A golden case the model got wrong.
 *
 * @param line the golden file's line
 * @param input the input sent
 * @param expected what was expected
 * @param actual what came back, or null when nothing did
 * @param reason why it does not match
 */
public record Mismatch(long line, JsonNode input, JsonNode expected, JsonNode actual, String reason) {
}
