package io.modelci.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One input column of a model as stored in the model file: how it is encoded and its weights.
 *
 * <p>A numeric column is standardised, {@code (x - mean) / std}, a missing value counting as the mean, and has one
 * weight. A categorical column is one-hot encoded over {@code categories} (an unseen or missing value is all
 * zeros) and has one weight per category. A binned column is a numeric column one-hot encoded by the bin its value
 * falls in, {@code x < edges[0]}, ..., {@code x >= edges[last]} (missing is all zeros), so that a linear model can
 * learn a curve; it has one weight per bin.
 *
 * @param name the column name
 * @param type {@value #NUMERIC}, {@value #CATEGORICAL} or {@value #BINNED}
 * @param mean the training mean (numeric only)
 * @param std the training standard deviation, 1 when it was 0 (numeric only)
 * @param categories the sorted training vocabulary (categorical only)
 * @param edges the ascending bin edges, training quantiles (binned only)
 * @param weights the coefficients on the encoded (standardised) scale
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "type", "mean", "std", "categories", "edges", "weights"})
public record FeatureSpec(@JsonProperty("name") String name, @JsonProperty("type") String type,
        @JsonProperty("mean") Double mean, @JsonProperty("std") Double std,
        @JsonProperty("categories") List<String> categories, @JsonProperty("edges") double[] edges,
        @JsonProperty("weights") double[] weights) {
    public static final String NUMERIC = "numeric";
    public static final String CATEGORICAL = "categorical";
    public static final String BINNED = "binned";

    /** How many encoded inputs this column becomes. */
    public int width() {
        if (CATEGORICAL.equals(type)) {
            return categories.size();
        }
        return BINNED.equals(type) ? edges.length + 1 : 1;
    }

    FeatureSpec withWeights(final double[] newWeights) {
        return new FeatureSpec(name, type, mean, std, categories, edges, newWeights);
    }
}
