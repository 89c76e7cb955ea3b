package io.modelci.demo;

/** The demo could not go on: a process failed, or the registry changed under it. The message says what to look at. */
public final class DemoFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DemoFailure(final String message) {
        super(message);
    }
}
