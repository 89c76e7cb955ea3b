package io.modelci.gpu;

import io.modelci.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A GPU inventory written by hand, for machines where {@code nvidia-smi} cannot be run or should not be trusted:
 * {@code "0:A100-SXM4-80GB:81920, 1:A100-SXM4-80GB:81920"}. Entries are separated by commas or new lines; each is
 * {@code index:name:memoryMiB} with an optional fourth part, the GPU's UUID ({@code GPU-...}). Without a UUID the
 * index stands in for it, so {@code CUDA_VISIBLE_DEVICES} then names devices by index. Declared GPUs have no
 * memory in use as far as the allocator knows.
 */
public final class ManualGpuInventory {
    private ManualGpuInventory() {
    }

    /**
     * Parses a manual inventory.
     *
     * @param field the setting's name, used in error messages (such as {@code gpus})
     * @param text the inventory
     * @return the GPUs, in the order written
     * @throws InputException naming {@code field} and the entry when an entry is malformed, an index repeats or
     *         nothing is declared
     */
    public static List<Gpu> parse(final String field, final String text) {
        List<Gpu> gpus = new ArrayList<>();
        Set<Integer> indices = new HashSet<>();
        String[] entries = text == null ? new String[0] : text.split("[,\\r\\n]");
        int position = 0;
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            position++;
            Gpu gpu = parseEntry(field, position, entry);
            if (!indices.add(gpu.index())) {
                throw problem(field, position, entry, "index " + gpu.index() + " is declared twice");
            }
            gpus.add(gpu);
        }
        if (gpus.isEmpty()) {
            throw InputException.ofField(field,
                    "no GPUs declared; expected entries such as '0:A100-SXM4-80GB:81920', separated by commas");
        }
        return List.copyOf(gpus);
    }

    private static Gpu parseEntry(final String field, final int position, final String entry) {
        String[] parts = entry.split(":", -1);
        if (parts.length != 3 && parts.length != 4) {
            throw problem(field, position, entry, "expected index:name:memoryMiB (and optionally :uuid)");
        }
        int index = parseIndex(field, position, entry, parts[0].trim());
        String name = parts[1].trim();
        if (name.isEmpty()) {
            throw problem(field, position, entry, "the name is empty");
        }
        long memory = parseMemory(field, position, entry, parts[2].trim());
        String uuid = parts.length == 4 ? parts[3].trim() : Integer.toString(index);
        if (uuid.isEmpty()) {
            throw problem(field, position, entry, "the UUID is empty");
        }
        return new Gpu(index, uuid, name, memory, 0, -1);
    }

    private static int parseIndex(final String field, final int position, final String entry, final String text) {
        try {
            int index = Integer.parseInt(text);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // reported below with the entry
        }
        throw problem(field, position, entry, "the index '" + text + "' is not a whole number >= 0");
    }

    private static long parseMemory(final String field, final int position, final String entry, final String text) {
        try {
            long memory = Long.parseLong(text);
            if (memory > 0) {
                return memory;
            }
        } catch (NumberFormatException e) {
            // reported below with the entry
        }
        throw problem(field, position, entry, "the memory '" + text + "' is not a whole number of MiB > 0");
    }

    private static InputException problem(final String field, final int position, final String entry,
            final String what) {
        return InputException.ofField(field, "entry " + position + " '" + entry + "': " + what);
    }
}
