package io.modelci.demo;

import io.modelci.demo.DemoCandidate.Expectation;

import java.util.ArrayList;
import java.util.List;

/**
 * Which models each round of the demo trains. The first round tells the whole story: a baseline becomes the first
 * champion, better hyperparameters replace it, a deliberately poor feature set is rejected. Later rounds continue
 * against whatever is champion then: a plausible improvement, which the gate may or may not find proven, and a
 * deliberately worse model, which it must reject.
 */
public final class DemoPlan {
    private static final List<DemoCandidate> IMPROVEMENTS = List.of(
            new DemoCandidate("finer-bins", "20 quantile bins and 40 epochs",
                    List.of("--bins", "20", "--epochs", "40", "--learning-rate", "0.1"), Expectation.EITHER),
            new DemoCandidate("no-state", "20 bins without the 51-value state column",
                    List.of("--bins", "20", "--epochs", "30", "--learning-rate", "0.1", "--exclude", "state"),
                    Expectation.EITHER),
            new DemoCandidate("16-bins", "16 quantile bins",
                    List.of("--bins", "16", "--epochs", "30", "--learning-rate", "0.1"), Expectation.EITHER));
    private static final List<DemoCandidate> REGRESSIONS = List.of(
            new DemoCandidate("undertrained", "one epoch at a tiny learning rate",
                    List.of("--epochs", "1", "--learning-rate", "0.005"), Expectation.REJECT),
            new DemoCandidate("no-plans", "without the plan and service-call columns",
                    List.of("--exclude", "international_plan,voice_mail_plan,number_customer_service_calls"),
                    Expectation.REJECT),
            new DemoCandidate("minutes-only", "only the day, evening and night minutes",
                    List.of("--features", "total_day_minutes,total_eve_minutes,total_night_minutes"),
                    Expectation.REJECT));

    private DemoPlan() {
    }

    /** The candidates of round {@code round} (1 for a fresh working folder), in training order. */
    public static List<DemoCandidate> round(final int round) {
        if (round < 1) {
            throw new IllegalArgumentException("rounds start at 1, got " + round);
        }
        if (round == 1) {
            return List.of(
                    new DemoCandidate("baseline", "logistic regression with default settings", List.of(),
                            Expectation.PROMOTE),
                    new DemoCandidate("better", "10 quantile bins, 30 epochs, learning rate 0.1",
                            List.of("--bins", "10", "--epochs", "30", "--learning-rate", "0.1"), Expectation.PROMOTE),
                    new DemoCandidate("worse", "only account length, area code and night calls as features",
                            List.of("--features", "account_length,area_code,total_night_calls"),
                            Expectation.REJECT));
        }
        int index = (round - 2) % IMPROVEMENTS.size();
        // Later cycles repeat an idea with another seed, so no two versions are the same model.
        List<DemoCandidate> candidates = new ArrayList<>();
        for (DemoCandidate candidate : List.of(IMPROVEMENTS.get(index), REGRESSIONS.get(index))) {
            List<String> args = new ArrayList<>(candidate.trainerArgs());
            if (round - 2 >= IMPROVEMENTS.size()) {
                args.addAll(List.of("--seed", Integer.toString(round)));
            }
            candidates.add(new DemoCandidate(candidate.name(), candidate.story(), args, candidate.expectation()));
        }
        return candidates;
    }
}
