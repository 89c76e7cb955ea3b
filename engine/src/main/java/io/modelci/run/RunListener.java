package io.modelci.run;

import java.util.List;

/**
 * Hears a training run as it goes. Methods are called from the runner's threads; {@link #line} from the output
 * reader, one line at a time and in order.
 */
public interface RunListener {
    /** A listener that hears nothing. */
    RunListener NONE = new RunListener() {
    };

    /** The process started. */
    default void started(final List<String> argv, final long pid) {
    }

    /** The command printed a line (stdout and stderr are merged, as on a console). */
    default void line(final String line) {
    }

    /** The run ended and was recorded. */
    default void finished(final TrainingRun run) {
    }
}
