package io.modelci.gpu;

import io.modelci.InputException;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A request for GPUs.
 *
 * @param count how many whole GPUs, at least 1
 * @param minFreeMib the least free memory each must have (as nvidia-smi reports it), 0 for any
 * @param namePattern a case-insensitive regular expression the GPU's name must contain, such as {@code A100}, or
 *        null for any model
 */
public record GpuRequest(int count, long minFreeMib, String namePattern) {
    public GpuRequest {
        if (count < 1) {
            throw InputException.ofField("gpus", "ask for at least one GPU (was " + count + ")");
        }
        if (minFreeMib < 0) {
            throw InputException.ofField("minFreeMemory", "must not be negative");
        }
        if (namePattern != null && namePattern.isBlank()) {
            namePattern = null;
        }
        if (namePattern != null) {
            try {
                Pattern.compile(namePattern);
            }
            catch (PatternSyntaxException e) {
                throw InputException.ofField("gpuName", "'" + namePattern + "' is not a regular expression: "
                        + e.getDescription());
            }
        }
    }

    /** Any {@code count} GPUs. */
    public static GpuRequest of(final int count) {
        return new GpuRequest(count, 0, null);
    }

    /** Whether this GPU's model fits, ignoring its current memory use. */
    public boolean fitsModel(final Gpu gpu) {
        return (namePattern == null
                || Pattern.compile(namePattern, Pattern.CASE_INSENSITIVE).matcher(gpu.name()).find())
                && gpu.memoryTotalMib() >= minFreeMib;
    }

    /** Whether this GPU fits now: its model, and enough memory free. */
    public boolean fitsNow(final Gpu gpu) {
        return fitsModel(gpu) && gpu.memoryFreeMib() >= minFreeMib;
    }

    /** For messages: "2 GPUs matching 'A100' with 40000 MiB free". */
    public String describe() {
        return count + (count == 1 ? " GPU" : " GPUs") + (namePattern == null ? "" : " matching '" + namePattern + "'")
                + (minFreeMib == 0 ? "" : " with " + minFreeMib + " MiB free");
    }
}
