package io.modelci.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.modelci.InputException;
import io.modelci.run.Sha256;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads a predictions file (CSV/TSV with a header, or JSON Lines) into {@link Predictions}, streaming: the file
 * is never held whole in memory, only its columns. The SHA-256 fingerprint of the file is computed on a second
 * thread while the first parses.
 */
public final class PredictionsReader {
    private static final int SNIFF_BYTES = 1 << 16;
    /** Files from this size on are parsed as two halves on two threads. */
    static long parallelMinBytes = 16L << 20;

    private PredictionsReader() {
    }

    /**
     * Reads {@code file} as {@code options} say.
     *
     * @throws InputException for a missing or malformed file, naming the line and column
     */
    public static Predictions read(final Path file, final ReadOptions options) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "no such file");
        }
        // its own thread: the common pool may have a single worker, which the second half of the parse needs
        FutureTask<String> digest = new FutureTask<>(() -> sha256(file));
        Thread digester = new Thread(digest, "sha256");
        digester.setDaemon(true);
        digester.start();
        Predictions predictions;
        try {
            predictions = isJsonLines(file, options) ? readJsonLines(file, options) : readDelimited(file, options);
        }
        catch (IOException e) {
            digest.cancel(true);
            throw InputException.ofFile(file, "cannot read: " + e.getMessage());
        }
        catch (RuntimeException e) {
            digest.cancel(true);
            throw e;
        }
        String sha;
        try {
            sha = digest.get();
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw InputException.ofFile(file, "cannot read: " + e.getCause().getMessage());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        }
        return new Predictions(predictions.task, predictions.rows, file.toString(), sha, predictions.actual,
                predictions.score, predictions.predicted, predictions.positiveLabel, predictions.actualClass,
                predictions.predictedClass, predictions.classes, predictions.proba, predictions.actualValue,
                predictions.predictedValue, predictions.ids, predictions.slices, predictions.warnings);
    }

    /** SHA-256 (hex) of a file's content. */
    public static String sha256(final Path file) {
        try {
            return Sha256.of(file);
        }
        catch (NoSuchFileException e) {
            throw InputException.ofFile(file, "no such file");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJsonLines(final Path file, final ReadOptions options) throws IOException {
        if (options.format() != ReadOptions.Format.AUTO) {
            return options.format() == ReadOptions.Format.JSON_LINES;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(64);
            for (byte b : start) {
                if (b == '{') {
                    return true;
                }
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                        && (b & 0xFF) != 0xBF) {
                    return false;
                }
            }
        }
        return false;
    }

    private static Predictions readDelimited(final Path file, final ReadOptions options) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long split = size >= parallelMinBytes && Runtime.getRuntime().availableProcessors() > 1
                    ? splitPoint(channel, size) : -1;
            if (split > 0) {
                try {
                    return readInTwoParts(file, options, channel, size, split);
                }
                catch (ColumnCollector.NeedsSequentialRead | InputException e) {
                    // quoted fields, or a problem: one pass from the start finds the first problem and its line
                }
            }
            DelimitedScanner scanner = new DelimitedScanner(new RangeInputStream(channel, 0, size));
            ColumnCollector collector = startWithHeader(file, options, scanner, size);
            scanner.scan(collector, Long.MAX_VALUE);
            return collector.finish(null);
        }
    }

    /**
     * Reads the halves of a big file on two threads. The second half starts after the first line break past the
     * middle, which ends a row unless the first half has quoted fields: then the caller reads again in one pass.
     */
    private static Predictions readInTwoParts(final Path file, final ReadOptions options, final FileChannel channel,
            final long size, final long split) throws IOException {
        DelimitedScanner first = new DelimitedScanner(new RangeInputStream(channel, 0, split));
        ColumnCollector firstColumns = startWithHeader(file, options, first, split);
        CompletableFuture<ColumnCollector> second = CompletableFuture.supplyAsync(() -> {
            DelimitedScanner scanner = new DelimitedScanner(new RangeInputStream(channel, split, size));
            scanner.setDelimiter(first.delimiter());
            ColumnCollector columns = new ColumnCollector(file, options, firstColumns.header(),
                    firstColumns.capacity());
            try {
                scanner.scan(columns, Long.MAX_VALUE);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return columns;
        });
        try {
            first.scan(firstColumns, Long.MAX_VALUE);
        }
        catch (IOException | RuntimeException e) {
            // wait for the other half before the caller reads again from the start
            second.handle((columns, failure) -> columns).join();
            throw e;
        }
        ColumnCollector secondColumns;
        try {
            secondColumns = second.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        if (first.sawQuotedField()) {
            throw new ColumnCollector.NeedsSequentialRead();
        }
        firstColumns.append(secondColumns, first.line() - 1);
        return firstColumns.finish(null);
    }

    /** Detects the delimiter, reads the header and sizes the columns for {@code bytes} of input. */
    private static ColumnCollector startWithHeader(final Path file, final ReadOptions options,
            final DelimitedScanner scanner, final long bytes) throws IOException {
        scanner.skipByteOrderMark();
        byte[] start = scanner.peek(SNIFF_BYTES);
        scanner.setDelimiter(detectDelimiter(start, file));
        List<String> header = new ArrayList<>();
        scanner.scan((row, line) -> {
            for (int f = 0; f < row.size(); f++) {
                header.add(new String(row.bytes(f), row.start(f), row.end(f) - row.start(f),
                        StandardCharsets.UTF_8));
            }
        }, 1);
        if (header.isEmpty()) {
            throw InputException.ofFile(file, "empty file: no header");
        }
        return new ColumnCollector(file, options, header, expectedRows(start, bytes));
    }

    /** The offset just after the first line break at or after the middle, or -1. */
    private static long splitPoint(final FileChannel channel, final long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long middle = size / 2;
        channel.read(buffer, middle);
        buffer.flip();
        for (int i = 0; i < buffer.limit(); i++) {
            if (buffer.get(i) == '\n') {
                return middle + i + 1 < size ? middle + i + 1 : -1;
            }
        }
        return -1;
    }

    /** A guess of the row count from the line length at the start of the file: a little over, rarely under. */
    static int expectedRows(final byte[] start, final long fileSize) {
        int lines = 0;
        for (byte b : start) {
            lines += b == '\n' ? 1 : 0;
        }
        if (lines < 2) {
            return 1 << 14;
        }
        double bytesPerLine = (double) start.length / lines;
        return (int) Math.min(Integer.MAX_VALUE - 16, fileSize / bytesPerLine * 1.02 + 1024);
    }

    /** The candidate (comma, tab, semicolon, pipe) seen most often outside quotes on the header line. */
    static byte detectDelimiter(final byte[] start, final Path file) {
        byte[] candidates = {',', '\t', ';', '|'};
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (byte b : start) {
            if (b == '"') {
                quoted = !quoted;
            }
            else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            }
            else if (!quoted) {
                for (int c = 0; c < candidates.length; c++) {
                    if (b == candidates[c]) {
                        counts[c]++;
                    }
                }
            }
        }
        int best = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        if (counts[best] == 0 && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) {
            return '\t';
        }
        return candidates[best];
    }

    private static Predictions readJsonLines(final Path file, final ReadOptions options) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ColumnCollector collector = null;
            List<String> header = null;
            DelimitedScanner.Row row = new DelimitedScanner.Row();
            byte[][] fields = null;
            long lineNumber = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                Map<String, String> object = parseObject(factory, line, file, lineNumber);
                if (collector == null) {
                    header = new ArrayList<>(object.keySet());
                    collector = new ColumnCollector(file, options, header);
                    fields = new byte[header.size()][];
                }
                for (int f = 0; f < header.size(); f++) {
                    String value = object.get(header.get(f));
                    if (value == null && !object.containsKey(header.get(f))) {
                        throw InputException.at(file, lineNumber, f + 1, header.get(f),
                                "missing field (the first line has it)");
                    }
                    fields[f] = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
                }
                row.setAll(fields, header.size());
                collector.row(row, lineNumber);
            }
            if (collector == null) {
                throw InputException.ofFile(file, "empty file: no JSON lines");
            }
            return collector.finish(null);
        }
    }

    private static Map<String, String> parseObject(final JsonFactory factory, final String line, final Path file,
            final long lineNumber) throws IOException {
        Map<String, String> object = new LinkedHashMap<>();
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InputException.at(file, lineNumber, 1, null, "expected a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    object.put(name, "");
                }
                else {
                    object.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw InputException.at(file, lineNumber, 1, null, "malformed JSON object");
            }
        }
        catch (JsonProcessingException e) {
            throw InputException.at(file, lineNumber, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    null, "malformed JSON: " + e.getOriginalMessage());
        }
        return object;
    }
}
