package io.modelci.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The bytes {@code [from, to)} of a file, read with positional reads so that parts can be read concurrently. */
final class RangeInputStream extends InputStream {
    private final FileChannel channel;
    private long position;
    private final long end;

    RangeInputStream(final FileChannel channel, final long from, final long to) {
        this.channel = channel;
        this.position = from;
        this.end = to;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(final byte[] buffer, final int offset, final int length) throws IOException {
        if (position >= end) {
            return -1;
        }
        int wanted = (int) Math.min(length, end - position);
        int read = channel.read(ByteBuffer.wrap(buffer, offset, wanted), position);
        if (read > 0) {
            position += read;
        }
        return read;
    }
}
