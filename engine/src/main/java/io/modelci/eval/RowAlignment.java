package io.modelci.eval;

import io.modelci.InputException;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts two models' predictions on the same rows in the same order, so that a paired comparison compares like
 * with like: by the id column when both have one, else by position (which then needs equal row counts). The two
 * must agree on every row's label.
 */
public final class RowAlignment {
    private RowAlignment() {
    }

    /**
     * @return {@code [challenger, champion]} with the champion's rows in the challenger's order
     * @throws InputException when the tasks, the rows, the ids or the labels do not match
     */
    public static Predictions[] align(final Predictions challenger, final Predictions champion) {
        if (challenger.task != champion.task) {
            throw InputException.ofField("predictions", "cannot compare " + challenger.task.id() + " with "
                    + champion.task.id() + " predictions");
        }
        Predictions aligned = champion;
        if (challenger.ids != null && champion.ids != null) {
            aligned = champion.subset(positions(challenger, champion));
        }
        else if (challenger.rows != champion.rows) {
            throw InputException.ofField("predictions", "the challenger has " + challenger.rows
                    + " rows and the champion " + champion.rows + "; without an id column the rows must match");
        }
        checkLabels(challenger, aligned);
        return new Predictions[] {challenger, aligned};
    }

    private static int[] positions(final Predictions challenger, final Predictions champion) {
        Map<String, Integer> championRows = new HashMap<>(champion.rows * 2);
        for (int i = 0; i < champion.rows; i++) {
            if (championRows.put(champion.ids[i], i) != null) {
                throw InputException.ofField(where(champion), "the id '" + champion.ids[i] + "' occurs twice");
            }
        }
        if (championRows.size() != challenger.rows) {
            throw InputException.ofField("predictions", "the challenger has " + challenger.rows
                    + " rows and the champion " + champion.rows + "; both must score the same rows");
        }
        int[] positions = new int[challenger.rows];
        boolean[] used = new boolean[champion.rows];
        for (int i = 0; i < challenger.rows; i++) {
            Integer position = championRows.get(challenger.ids[i]);
            if (position == null) {
                throw InputException.ofField(where(champion), "has no row with the id '" + challenger.ids[i]
                        + "' that the challenger scored");
            }
            if (used[position]) {
                throw InputException.ofField(where(challenger), "the id '" + challenger.ids[i] + "' occurs twice");
            }
            used[position] = true;
            positions[i] = position;
        }
        return positions;
    }

    private static void checkLabels(final Predictions challenger, final Predictions champion) {
        boolean same = switch (challenger.task) {
            case BINARY -> Arrays.equals(challenger.actual, 0, challenger.rows, champion.actual, 0, champion.rows);
            case MULTICLASS -> challenger.classes.equals(champion.classes)
                    && Arrays.equals(challenger.actualClass, 0, challenger.rows, champion.actualClass, 0,
                    champion.rows);
            case REGRESSION -> Arrays.equals(challenger.actualValue, 0, challenger.rows, champion.actualValue, 0,
                    champion.rows);
        };
        if (!same) {
            throw InputException.ofField("predictions", "the challenger and the champion disagree on the true "
                    + "labels of the same rows (or on the set of classes); they must score the same data");
        }
    }

    private static String where(final Predictions predictions) {
        return predictions.source == null ? "predictions" : predictions.source;
    }
}
