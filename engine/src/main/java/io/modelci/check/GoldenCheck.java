package io.modelci.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sends every golden input to the model under test and compares each answer with the expected output. */
public final class GoldenCheck {
    private final GoldenComparator comparator;
    private final int mismatchesShown;

    /**
     * @param comparator how answers are compared
     * @param mismatchesShown how many mismatches the report keeps in full
     */
    public GoldenCheck(final GoldenComparator comparator, final int mismatchesShown) {
        this.comparator = comparator;
        this.mismatchesShown = mismatchesShown;
    }

    public GoldenReport run(final List<GoldenCase> cases, final PredictionTarget target) {
        List<JsonNode> inputs = cases.stream().map(GoldenCase::input).toList();
        List<TargetAnswer> answers = target.answerAll(inputs);
        long mismatches = 0;
        long failures = 0;
        List<Mismatch> shown = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            GoldenCase golden = cases.get(i);
            TargetAnswer answer = answers.get(i);
            Optional<String> reason = answer.error() != null ? Optional.of(answer.error())
                    : comparator.mismatch(golden.expected(), answer.answer());
            if (answer.error() != null) {
                failures++;
            }
            if (reason.isPresent()) {
                mismatches++;
                if (shown.size() < mismatchesShown) {
                    shown.add(new Mismatch(golden.line(), golden.input(), golden.expected(), answer.answer(),
                            reason.get()));
                }
            }
        }
        return new GoldenReport(target.describe(), cases.size(), mismatches, failures, List.copyOf(shown));
    }
}
