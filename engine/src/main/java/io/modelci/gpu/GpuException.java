package io.modelci.gpu;

/** The GPU driver or {@code nvidia-smi} failed: an environment problem, not bad input. */
public class GpuException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GpuException(final String message) {
        super(message);
    }

    public GpuException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
