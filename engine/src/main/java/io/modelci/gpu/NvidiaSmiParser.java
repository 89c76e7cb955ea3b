package io.modelci.gpu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the output of
 * {@code nvidia-smi --query-gpu=index,uuid,name,memory.total,memory.used,utilization.gpu
 * --format=csv,noheader,nounits}, of {@code nvidia-smi -L} and of
 * {@code nvidia-smi --query-compute-apps=pid,gpu_uuid,used_memory --format=csv,noheader,nounits}.
 *
 * <p>Values the driver cannot report come as {@code N/A}, {@code [N/A]} or {@code [Not Supported]}
 * (utilisation on a GPU in MIG mode, memory on some consumer boards); they are read as unknown (-1).
 */
public final class NvidiaSmiParser {
    /** The query that {@link #parseQuery(String)} expects. */
    public static final String QUERY = "index,uuid,name,memory.total,memory.used,utilization.gpu";

    /** The compute-process query that {@link #parseComputeApps(String)} expects. */
    public static final String APPS_QUERY = "pid,gpu_uuid,used_memory";

    private static final Pattern GPU_LINE = Pattern.compile("^GPU (\\d+): (.+) \\(UUID: (GPU-[^)]+)\\)\\s*$");
    private static final Pattern MIG_LINE = Pattern.compile(
            "^\\s+MIG\\s+(\\S+)\\s+Device\\s+(\\d+):\\s+\\(UUID:\\s+(MIG-[^)]+)\\)\\s*$");
    private static final int FIELDS = 6;

    private NvidiaSmiParser() {
    }

    /**
     * Reads the CSV query output, one GPU per line.
     *
     * @throws GpuException when the output is the driver's error message or a line has not the expected shape
     */
    public static List<Gpu> parseQuery(final String output) {
        failOnDriverError(output);
        List<Gpu> gpus = new ArrayList<>();
        for (String line : output.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || isNoDevices(trimmed)) {
                continue;
            }
            // The name is the only field that could hold a comma; split from both ends around it.
            String[] parts = trimmed.split(",", -1);
            if (parts.length < FIELDS) {
                throw new GpuException("nvidia-smi printed an unexpected line (wanted " + QUERY + "): " + trimmed);
            }
            int n = parts.length;
            String name = String.join(",", java.util.Arrays.copyOfRange(parts, 2, n - 3)).strip();
            try {
                gpus.add(new Gpu(Integer.parseInt(parts[0].strip()), parts[1].strip(), name,
                        number(parts[n - 3]), number(parts[n - 2]), (int) number(parts[n - 1])));
            }
            catch (NumberFormatException e) {
                throw new GpuException("nvidia-smi printed an unexpected line (wanted " + QUERY + "): " + trimmed, e);
            }
        }
        return gpus;
    }

    /**
     * Reads {@code nvidia-smi -L}: the MIG devices of each GPU, keyed by the GPU's index. GPUs without MIG
     * devices are absent from the map.
     */
    public static Map<Integer, List<MigDevice>> parseMigDevices(final String output) {
        failOnDriverError(output);
        Map<Integer, List<MigDevice>> devices = new HashMap<>();
        int currentGpu = -1;
        for (String line : output.split("\\R")) {
            Matcher gpu = GPU_LINE.matcher(line);
            if (gpu.matches()) {
                currentGpu = Integer.parseInt(gpu.group(1));
                continue;
            }
            Matcher mig = MIG_LINE.matcher(line);
            if (mig.matches() && currentGpu >= 0) {
                devices.computeIfAbsent(currentGpu, k -> new ArrayList<>()).add(new MigDevice(currentGpu,
                        Integer.parseInt(mig.group(2)), mig.group(1), mig.group(3)));
            }
        }
        return devices;
    }

    /**
     * Reads the compute-process query, one process per line; no line when no process runs.
     *
     * @throws GpuException when the output is the driver's error message or a line has not the expected shape
     */
    public static List<GpuProcess> parseComputeApps(final String output) {
        failOnDriverError(output);
        List<GpuProcess> processes = new ArrayList<>();
        for (String line : output.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || isNoDevices(trimmed)) {
                continue;
            }
            String[] parts = trimmed.split(",", -1);
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                processes.add(new GpuProcess(Long.parseLong(parts[0].strip()), parts[1].strip(), number(parts[2])));
            }
            catch (NumberFormatException e) {
                throw new GpuException("nvidia-smi printed an unexpected line (wanted " + APPS_QUERY + "): "
                        + trimmed, e);
            }
        }
        return processes;
    }

    /** Joins the query's GPUs with the MIG devices of {@code nvidia-smi -L}. */
    public static List<Gpu> merge(final List<Gpu> gpus, final Map<Integer, List<MigDevice>> migDevices) {
        List<Gpu> merged = new ArrayList<>(gpus.size());
        for (Gpu gpu : gpus) {
            merged.add(gpu.withMigDevices(migDevices.getOrDefault(gpu.index(), List.of())));
        }
        return merged;
    }

    static boolean isNoDevices(final String text) {
        return text.contains("No devices were found");
    }

    private static void failOnDriverError(final String output) {
        if (output.contains("NVIDIA-SMI has failed") || output.contains("Failed to initialize NVML")) {
            throw new GpuException("nvidia-smi failed: " + output.strip());
        }
    }

    private static long number(final String raw) {
        String value = raw.strip();
        if (value.isEmpty() || value.contains("N/A") || value.contains("Not Supported")
                || value.contains("Unknown")) {
            return -1;
        }
        return Long.parseLong(value);
    }
}
