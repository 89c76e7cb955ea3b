package io.modelci.gpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The GPUs of this machine, read from {@code nvidia-smi}.
 *
 * <p>A machine without {@code nvidia-smi} has no GPUs, and that is not an error: asking for GPUs there is
 * (see {@link GpuAllocator}). The program is found through {@code MODELCI_NVIDIA_SMI} when set, else on
 * {@code PATH}.
 *
 * @param nvidiaSmi the program that was asked, or null when none was found
 * @param gpus the GPUs, ordered by index
 * @param processes the compute processes on them, Model CI's and others' ({@link #withProcesses()}); empty when
 *        not asked for, when none runs, or when the driver would not say
 */
public record GpuInventory(String nvidiaSmi, List<Gpu> gpus, List<GpuProcess> processes) {
    /** The environment variable that names the {@code nvidia-smi} program to use. */
    public static final String NVIDIA_SMI_VARIABLE = "MODELCI_NVIDIA_SMI";
    private static final long TIMEOUT_SECONDS = 30;

    public GpuInventory {
        gpus = List.copyOf(gpus);
        processes = processes == null ? List.of() : List.copyOf(processes);
    }

    /** An inventory without process information. */
    public GpuInventory(final String nvidiaSmi, final List<Gpu> gpus) {
        this(nvidiaSmi, gpus, List.of());
    }

    /** An inventory without GPUs, for machines without the driver. */
    public static GpuInventory none() {
        return new GpuInventory(null, List.of());
    }

    /** Reads the GPUs of this machine, finding {@code nvidia-smi} through this process's environment. */
    public static GpuInventory detect() {
        return detect(System.getenv());
    }

    /** Reads the GPUs, finding {@code nvidia-smi} through the given environment (MODELCI_NVIDIA_SMI, PATH). */
    public static GpuInventory detect(final Map<String, String> environment) {
        return locate(environment).map(GpuInventory::detect).orElseGet(GpuInventory::none);
    }

    /**
     * Reads the GPUs by running the given {@code nvidia-smi}.
     *
     * @throws GpuException when the driver does not answer or prints something unexpected
     */
    public static GpuInventory detect(final Path nvidiaSmi) {
        if (!Files.isExecutable(nvidiaSmi)) {
            throw new GpuException(nvidiaSmi + " is not an executable nvidia-smi (check " + NVIDIA_SMI_VARIABLE
                    + " or --nvidia-smi)");
        }
        String query = run(nvidiaSmi, "--query-gpu=" + NvidiaSmiParser.QUERY, "--format=csv,noheader,nounits");
        List<Gpu> gpus = NvidiaSmiParser.parseQuery(query);
        if (gpus.isEmpty()) {
            return new GpuInventory(nvidiaSmi.toString(), gpus);
        }
        String list = run(nvidiaSmi, "-L");
        return new GpuInventory(nvidiaSmi.toString(),
                NvidiaSmiParser.merge(gpus, NvidiaSmiParser.parseMigDevices(list)));
    }

    /**
     * This inventory with the compute processes on its GPUs, asked of the same {@code nvidia-smi}. A separate call:
     * only a person looking at the GPUs needs them, not the allocator, which reads the inventory every few seconds
     * while a request waits. None when the driver will not list them: they only explain who uses a card.
     */
    public GpuInventory withProcesses() {
        if (nvidiaSmi == null || gpus.isEmpty()) {
            return this;
        }
        try {
            return new GpuInventory(nvidiaSmi, gpus, NvidiaSmiParser.parseComputeApps(run(Path.of(nvidiaSmi),
                    "--query-compute-apps=" + NvidiaSmiParser.APPS_QUERY, "--format=csv,noheader,nounits")));
        }
        catch (GpuException e) {
            return this;
        }
    }

    /** The compute processes on this GPU. */
    public List<GpuProcess> processesOn(final Gpu gpu) {
        return processes.stream().filter(process -> process.gpuUuid().equals(gpu.uuid())).toList();
    }

    /** Finds {@code nvidia-smi}: {@value #NVIDIA_SMI_VARIABLE} first, then each directory of PATH. */
    public static Optional<Path> locate(final Map<String, String> environment) {
        String explicit = environment.get(NVIDIA_SMI_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        String path = environment.getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, "nvidia-smi");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether the machine has an NVIDIA driver tool at all. */
    public boolean hasDriver() {
        return nvidiaSmi != null;
    }

    /** The GPU with this index. */
    public Optional<Gpu> byIndex(final int index) {
        return gpus.stream().filter(gpu -> gpu.index() == index).findFirst();
    }

    private static String run(final Path program, final String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GpuException(program + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 && !NvidiaSmiParser.isNoDevices(text)) {
                throw new GpuException(program + " exited with " + process.exitValue() + ": " + text.strip());
            }
            return text;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program, e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GpuException("interrupted while running " + program, e);
        }
    }
}
