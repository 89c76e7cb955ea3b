package io.modelci.gate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Byte-stable JSON: keys sorted, two-space indentation, {@code \n} line ends, and doubles rounded to 12
 * significant digits in one fixed notation, so that the same values give the same bytes on every JVM (the
 * shortest-repr {@link Double#toString} changed between JDK releases).
 */
final class StableJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final MathContext DIGITS = new MathContext(12);

    private StableJson() {
    }

    /** Writes a tree of maps, lists, strings, numbers, booleans and nulls. */
    static String write(final Map<String, ?> tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            generator.setPrettyPrinter(printer);
            writeValue(generator, tree);
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return out.toString() + "\n";
    }

    /** Writes a tree on one line (for hashing). */
    static String writeCompact(final Map<String, ?> tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeValue(generator, tree);
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return out.toString();
    }

    /** A double in the fixed notation: NaN and infinities as strings, since JSON has no such numbers. */
    static String format(final double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent >= -6 && exponent < 12) {
            return rounded.toPlainString();
        }
        return rounded.toString().replace("E+", "E");
    }

    private static void writeValue(final JsonGenerator generator, final Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        }
        else if (value instanceof Map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : new TreeMap<>((Map<?, ?>) value).entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        }
        else if (value instanceof List) {
            generator.writeStartArray();
            for (Object item : (List<?>) value) {
                writeValue(generator, item);
            }
            generator.writeEndArray();
        }
        else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                generator.writeNumber(format(number));
            }
            else {
                generator.writeString(Double.toString(number));
            }
        }
        else if (value instanceof Number) {
            generator.writeNumber(((Number) value).longValue());
        }
        else if (value instanceof Boolean) {
            generator.writeBoolean((Boolean) value);
        }
        else {
            generator.writeString(value.toString());
        }
    }
}
