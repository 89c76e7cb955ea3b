package io.jenkins.plugins.modelci;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * Turns the engine's JSON results into what a Pipeline script gets back: a {@link LinkedHashMap} of strings,
 * numbers, booleans, lists and maps, all serialisable and readable from Groovy ({@code r.version}).
 */
@Restricted(NoExternalUse.class)
public final class StepResults {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StepResults() {
    }

    /** @param json a JSON object */
    public static LinkedHashMap<String, Object> toGroovy(String json) throws IOException {
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }
}
