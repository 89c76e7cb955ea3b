package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * The small per-job index behind the trend page: one entry per build and model with its headline metrics, the
 * version and whether it was promoted, in {@code model-ci-index.json} in the job's folder. The trend reads this
 * one file instead of every build's record. Free of Jenkins types so it is tested offline.
 */
@Restricted(NoExternalUse.class)
public final class TrendIndex {
    static final String FILE = "model-ci-index.json";
    /** Keeps the index small: older builds fall off the trend. */
    static final int MAX_ENTRIES = 500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrendIndex() {
    }

    /** One point of the trend. */
    public record Entry(int build, String model, Integer version, Map<String, Double> metrics, String promotedTo) {
    }

    /** Adds or replaces the entry of this build and model. Synchronised per JVM: one writer per job folder. */
    public static synchronized void put(File jobDir, Entry entry) throws IOException {
        List<Entry> entries = new ArrayList<>(read(jobDir));
        entries.removeIf(e -> e.build() == entry.build() && e.model().equals(entry.model()));
        entries.add(entry);
        entries.sort((a, b) -> a.build() != b.build() ? Integer.compare(a.build(), b.build())
                : a.model().compareTo(b.model()));
        while (entries.size() > MAX_ENTRIES) {
            entries.remove(0);
        }
        ArrayNode out = MAPPER.createArrayNode();
        for (Entry e : entries) {
            ObjectNode o = out.addObject();
            o.put("build", e.build());
            o.put("model", e.model());
            if (e.version() != null) {
                o.put("version", e.version());
            }
            ObjectNode m = o.putObject("metrics");
            new TreeMap<>(e.metrics()).forEach((k, v) -> {
                if (v != null && Double.isFinite(v)) {
                    m.put(k, v);
                } else {
                    m.put(k, String.valueOf(v));
                }
            });
            if (e.promotedTo() != null) {
                o.put("promotedTo", e.promotedTo());
            }
        }
        File f = new File(jobDir, FILE);
        File tmp = new File(jobDir, FILE + ".tmp");
        Files.writeString(tmp.toPath(), out.toString(), StandardCharsets.UTF_8);
        Files.move(tmp.toPath(), f.toPath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The entries, oldest build first; none when the job has no index yet. */
    public static List<Entry> read(File jobDir) throws IOException {
        File f = new File(jobDir, FILE);
        List<Entry> entries = new ArrayList<>();
        if (!f.isFile()) {
            return entries;
        }
        for (JsonNode o : MAPPER.readTree(f)) {
            Map<String, Double> metrics = new TreeMap<>();
            o.path("metrics").properties().forEach(x -> metrics.put(x.getKey(),
                    x.getValue().isNumber() ? x.getValue().asDouble() : Double.valueOf(x.getValue().asText("NaN"))));
            entries.add(new Entry(o.path("build").asInt(), o.path("model").asText(),
                    o.has("version") ? o.path("version").asInt() : null, metrics,
                    o.has("promotedTo") ? o.path("promotedTo").asText() : null));
        }
        return entries;
    }

    /** Whether the job has an index at all (cheap: no parsing), to decide whether it gets a trend page. */
    public static boolean exists(File jobDir) {
        return new File(jobDir, FILE).isFile();
    }

    /** The models in the index, sorted. */
    public static List<String> models(List<Entry> entries) {
        TreeSet<String> out = new TreeSet<>();
        entries.forEach(e -> out.add(e.model()));
        return new ArrayList<>(out);
    }

    /** The metrics recorded for a model, sorted. */
    public static List<String> metrics(List<Entry> entries, String model) {
        TreeSet<String> out = new TreeSet<>();
        entries.stream().filter(e -> e.model().equals(model)).forEach(e -> out.addAll(e.metrics().keySet()));
        return new ArrayList<>(out);
    }
}
