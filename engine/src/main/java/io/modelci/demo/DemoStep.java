package io.modelci.demo;

import io.modelci.eval.EvaluationResult;
import io.modelci.gate.Verdict;

/**
 * What happened to one candidate: its version, its evaluation, the gate's verdict and whether it became champion.
 *
 * @param version the registered version
 * @param candidate what was trained
 * @param champion the champion it was compared with, or null for the first model
 * @param evaluation its evaluation on the holdout rows
 * @param verdict the gate's verdict
 * @param promoted whether it became champion
 * @param asExpected whether the verdict is what the story expected
 * @param trainingMillis how long the training process ran
 */
public record DemoStep(int version, DemoCandidate candidate, Integer champion, EvaluationResult evaluation,
        Verdict verdict, boolean promoted, boolean asExpected, long trainingMillis) {
}
