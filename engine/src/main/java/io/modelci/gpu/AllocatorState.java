package io.modelci.gpu;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelci.InputException;

import java.util.List;

/**
 * Everything an allocator knows: who holds which GPUs and who waits, in order. Serialises to JSON so that a Jenkins
 * controller can keep it across a restart and so that command-line processes can share it through a file.
 *
 * @param nextTicket the ticket the next request gets
 * @param holders the current holdings
 * @param queue the waiting requests, in ticket order
 */
public record AllocatorState(long nextTicket, List<Holding> holders, List<QueuedRequest> queue) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    public AllocatorState {
        holders = holders == null ? List.of() : List.copyOf(holders);
        queue = queue == null ? List.of() : List.copyOf(queue);
    }

    /** Nobody holds or waits. */
    public static AllocatorState empty() {
        return new AllocatorState(1, List.of(), List.of());
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the allocator state", e);
        }
    }

    /**
     * Reads a state written by {@link #toJson()}.
     *
     * @param source names the input in the error message
     */
    public static AllocatorState fromJson(final String json, final String source) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        try {
            return MAPPER.readValue(json, AllocatorState.class);
        }
        catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InputException(source, 0, 0, null, "not a GPU allocator state: " + e.getOriginalMessage());
        }
    }
}
