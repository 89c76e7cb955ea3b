package io.modelci.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modelci.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Function;

/** A trained logistic regression: scores rows given as column name to text value. Immutable and thread-safe. */
public final class LogisticModel {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ModelDocument document;
    private final FeatureEncoder encoder;
    private final double[] weights;

    public LogisticModel(final ModelDocument document) {
        if (!ModelDocument.FORMAT.equals(document.format())) {
            throw InputException.ofField("format", "expected '" + ModelDocument.FORMAT + "', found '"
                    + document.format() + "'");
        }
        if (document.features() == null || document.positive() == null || document.split() == null) {
            throw InputException.ofField("features", "a model file needs 'features', 'positive' and 'split'");
        }
        this.document = document;
        this.encoder = new FeatureEncoder(document.features());
        this.weights = encoder.flatWeights();
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static LogisticModel read(final Path file) {
        ModelDocument document;
        try {
            document = JSON.readValue(file.toFile(), ModelDocument.class);
        }
        catch (JsonProcessingException e) {
            throw new InputException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null,
                    "not a model file: " + e.getOriginalMessage(), e);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            return new LogisticModel(document);
        }
        catch (InputException e) {
            throw new InputException(file.toString(), 0, 0, e.getField().orElse(null), e.getProblem(), e);
        }
    }

    /** Writes the model file atomically (a temporary file renamed into place). */
    public void write(final Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".model", ".tmp");
            JSON.writeValue(temporary.toFile(), document);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The probability that the row is of the positive class. */
    public double score(final Function<String, String> valueOf) {
        double[] x = new double[encoder.width()];
        encoder.encode(valueOf, x);
        return probability(x);
    }

    /** The probability for an already encoded row. */
    double probability(final double[] encoded) {
        double z = document.bias();
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * encoded[i];
        }
        return sigmoid(z);
    }

    static double sigmoid(final double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** The predicted label at the 0.5 threshold. */
    public String labelFor(final double score) {
        return score >= 0.5 ? document.positive() : document.negative();
    }

    public ModelDocument getDocument() {
        return document;
    }

    public FeatureEncoder getEncoder() {
        return encoder;
    }

    /** The names of the input columns the model reads. */
    public List<String> featureNames() {
        return document.features().stream().map(FeatureSpec::name).toList();
    }
}
