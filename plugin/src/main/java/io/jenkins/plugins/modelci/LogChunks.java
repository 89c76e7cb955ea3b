package io.jenkins.plugins.modelci;

import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/** Cuts log chunks at line ends so that a multi-byte character or a line is never split between two polls. */
@Restricted(NoExternalUse.class)
public final class LogChunks {
    private LogChunks() {
    }

    /**
     * @param bytes the bytes read
     * @param length how many of them are valid
     * @param more whether the log goes on past them (then a partial last line may stay for the next poll)
     * @param finished whether the writer has exited (then nothing is left for a next poll)
     * @return how many bytes to hand on now: up to the last newline; everything when a single line fills
     *     the whole chunk (it cannot wait forever) or when the writer has finished and nothing follows
     */
    public static int wholeLines(byte[] bytes, int length, boolean more, boolean finished) {
        if (finished && !more) {
            return length;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return more ? length : 0;
    }
}
