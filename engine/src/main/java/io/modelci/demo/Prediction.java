package io.modelci.demo;

import java.util.List;

/**
 * One scored row.
 *
 * @param id the row id
 * @param label 1 for the positive class, 0 for the other, -1 when the data had no label
 * @param score the predicted probability of the positive class
 * @param slices the values of the slice columns, in the order of the model's slice columns
 */
public record Prediction(String id, int label, double score, List<String> slices) {
}
