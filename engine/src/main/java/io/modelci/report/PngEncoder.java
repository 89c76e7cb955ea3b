package io.modelci.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG encoder for opaque RGB charts. ImageIO's writer tries every row filter at a middle compression level;
 * charts are mostly flat colour, so unfiltered rows at the fastest deflate level come out the same size in a
 * third of the time, which is most of what a trend chart costs to serve.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngEncoder() {
    }

    /** The image as PNG; the image must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(final BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected TYPE_INT_RGB, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 2);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
                byte[] row = new byte[1 + width * 3];
                for (int y = 0; y < height; y++) {
                    row[0] = 0; // filter: none
                    int offset = y * width;
                    for (int x = 0, o = 1; x < width; x++) {
                        int p = pixels[offset + x];
                        row[o++] = (byte) (p >> 16);
                        row[o++] = (byte) (p >> 8);
                        row[o++] = (byte) p;
                    }
                    out.write(row);
                }
            }
            finally {
                deflater.end();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
            DataOutputStream data = new DataOutputStream(png);
            data.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bit depth
            h.writeByte(2); // colour type: truecolour
            h.writeByte(0); // compression: deflate
            h.writeByte(0); // filter method
            h.writeByte(0); // no interlace
            chunk(data, "IHDR", header.toByteArray());
            chunk(data, "IDAT", compressed.toByteArray());
            chunk(data, "IEND", new byte[0]);
            return png.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG", e);
        }
    }

    private static void chunk(final DataOutputStream out, final String type, final byte[] body) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(name);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }
}
