package io.modelci.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.modelci.metrics.Metrics;
import io.modelci.metrics.MetricsJson;

import java.io.IOException;

/** Writes {@link Metrics} inside a run record as the metrics package's own JSON document. */
final class MetricsCodec {
    private MetricsCodec() {
    }

    static final class Writer extends JsonSerializer<Metrics> {
        @Override
        public void serialize(final Metrics metrics, final JsonGenerator generator, final SerializerProvider provider)
                throws IOException {
            generator.writeTree(MetricsJson.toTree(metrics));
        }
    }

    static final class Reader extends JsonDeserializer<Metrics> {
        @Override
        public Metrics deserialize(final JsonParser parser, final DeserializationContext context) throws IOException {
            JsonNode tree = parser.readValueAsTree();
            return MetricsJson.read(tree.toString(), "metrics");
        }
    }
}
