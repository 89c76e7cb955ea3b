package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A model under test: turns inputs into answers, one per input, in order. */
public interface PredictionTarget {
    /** Answers every input; a failure to answer one is a {@link TargetAnswer#failed(String)}, not an exception. */
    List<TargetAnswer> answerAll(List<JsonNode> inputs);

    /** Names the target in reports, e.g. the URL or the command. */
    String describe();
}
