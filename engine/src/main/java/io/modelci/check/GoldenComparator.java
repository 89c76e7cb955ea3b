package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an answer matches an expected output.
 *
 * <p>Numbers match when they differ by at most the absolute tolerance, or by at most the relative tolerance times
 * the expected value; a number written as text counts as a number. Text, booleans and null match exactly. An
 * expected object matches when each of its fields matches the answer's field of the same name (the answer may
 * have more). An expected scalar is compared with a scalar answer, or with the answer's {@code field} when one is
 * named, or with the answer's only field.
 *
 * @param absoluteTolerance the largest allowed |actual - expected|
 * @param relativeTolerance the largest allowed |actual - expected| / |expected|
 * @param field the answer field an expected scalar is compared with, or null
 */
public record GoldenComparator(double absoluteTolerance, double relativeTolerance, String field) {
    public GoldenComparator {
        if (absoluteTolerance < 0 || relativeTolerance < 0) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
    }

    /** Why the answer does not match, or empty when it does. */
    public Optional<String> mismatch(final JsonNode expected, final JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            return Optional.of("no answer");
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return Optional.of("expected an object, the answer is " + actual);
            }
            List<String> problems = new ArrayList<>();
            Iterator<String> names = expected.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode value = actual.get(name);
                if (value == null) {
                    problems.add("'" + name + "' missing");
                }
                else {
                    mismatch(expected.get(name), value).ifPresent(p -> problems.add("'" + name + "': " + p));
                }
            }
            return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return Optional.of("expected an array of " + expected.size() + ", the answer is " + actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> problem = mismatch(expected.get(i), actual.get(i));
                if (problem.isPresent()) {
                    return Optional.of("[" + i + "]: " + problem.get());
                }
            }
            return Optional.empty();
        }
        JsonNode value = actual;
        if (actual.isObject()) {
            if (field != null) {
                value = actual.get(field);
                if (value == null) {
                    return Optional.of("the answer has no field '" + field + "'");
                }
            }
            else if (actual.size() == 1) {
                value = actual.elements().next();
            }
            else {
                return Optional.of("the answer has several fields " + fieldNames(actual)
                        + "; name the one to compare (--field)");
            }
        }
        return compareScalars(expected, value);
    }

    private Optional<String> compareScalars(final JsonNode expected, final JsonNode actual) {
        if (expected.isNumber()) {
            Double number = asNumber(actual);
            if (number == null) {
                return Optional.of("expected " + expected + ", got " + actual);
            }
            double wanted = expected.doubleValue();
            double difference = Math.abs(number - wanted);
            if (difference <= absoluteTolerance || difference <= relativeTolerance * Math.abs(wanted)) {
                return Optional.empty();
            }
            return Optional.of("expected " + expected + ", got " + actual + " (off by " + difference + ")");
        }
        if (expected.isNull()) {
            return actual.isNull() ? Optional.empty() : Optional.of("expected null, got " + actual);
        }
        if (actual.isValueNode() && !actual.isNull() && expected.asText().equals(actual.asText())) {
            return Optional.empty();
        }
        return Optional.of("expected " + expected + ", got " + actual);
    }

    private static Double asNumber(final JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.parseDouble(node.textValue().strip());
            }
            catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> fieldNames(final JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
