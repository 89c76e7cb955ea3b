package io.jenkins.plugins.modelci;

import java.util.Locale;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Parses memory sizes such as {@code 20G}, {@code 16000M} or {@code 16000} (MiB); free of Jenkins types. */
@Restricted(NoExternalUse.class)
public final class GpuMemory {
    private GpuMemory() {
    }

    /** @return MiB; 0 for {@code null} or blank (any amount) */
    public static long parseMib(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("IB", "").replace("B", "");
        long factor = 1;
        if (t.endsWith("G")) {
            factor = 1024;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("T")) {
            factor = 1024 * 1024;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("withGpus: 'memory' must be a size such as 20G or 16000M, got '"
                    + text + "'", e);
        }
    }
}
