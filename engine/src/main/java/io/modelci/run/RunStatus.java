package io.modelci.run;

/** How a training run ended. */
public enum RunStatus {
    /** The command exited with 0. */
    SUCCEEDED,
    /** The command exited with another code, or could not be started. */
    FAILED,
    /** The command ran past its timeout and was killed with its whole process tree. */
    TIMED_OUT,
    /** Someone stopped the run (a Jenkins abort, Ctrl-C); the process tree was killed. */
    ABORTED
}
