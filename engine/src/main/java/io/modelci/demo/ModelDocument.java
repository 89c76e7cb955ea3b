package io.modelci.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The model file of the demo's logistic regression, as JSON: everything needed to score a row without the
 * training data.
 *
 * @param format always {@value #FORMAT}
 * @param label the label column's name in the training data
 * @param positive the label value scored as 1
 * @param negative the other label value
 * @param idColumn the id column the split hashes, or null when row numbers were used
 * @param sliceColumns columns copied into predictions files for per-slice evaluation
 * @param split the train/validation/holdout split the model was trained with
 * @param features the encoded inputs with their weights
 * @param bias the intercept
 * @param params the hyperparameters, for the record
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "label", "positive", "negative", "id_column", "slice_columns", "split", "bias",
        "features", "params"})
public record ModelDocument(@JsonProperty("format") String format, @JsonProperty("label") String label,
        @JsonProperty("positive") String positive, @JsonProperty("negative") String negative,
        @JsonProperty("id_column") String idColumn, @JsonProperty("slice_columns") List<String> sliceColumns,
        @JsonProperty("split") HoldoutSplit split, @JsonProperty("features") List<FeatureSpec> features,
        @JsonProperty("bias") double bias, @JsonProperty("params") Map<String, Object> params) {
    public static final String FORMAT = "modelci-logistic-v1";
}
