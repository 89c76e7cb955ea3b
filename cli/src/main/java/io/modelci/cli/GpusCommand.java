package io.modelci.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelci.gpu.AllocatorState;
import io.modelci.gpu.FileGpuAllocator;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuException;
import io.modelci.gpu.GpuInventory;
import io.modelci.gpu.GpuProcess;
import io.modelci.gpu.Holding;
import io.modelci.gpu.LocalProcess;
import io.modelci.gpu.MigDevice;
import io.modelci.gpu.QueuedRequest;
import io.modelci.run.TrainingRunJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code modelci gpus}: the GPUs of this machine, who holds them and who waits. */
@Command(name = "gpus",
        mixinStandardHelpOptions = true,
        description = "Shows this machine's GPUs (from nvidia-smi), which modelci process holds each, and the queue.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:shown (also when the machine has no GPU)",
            "3:nvidia-smi is installed but the driver does not answer",
        })
public final class GpusCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print JSON for machines instead of a table.")
    private boolean json;

    @CommandLine.Mixin
    private GpuMachineOptions machine;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        GpuInventory inventory;
        try {
            inventory = GpuInventory.detect(machine.environment()).withProcesses();
        }
        catch (GpuException e) {
            spec.commandLine().getErr().println("modelci: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ModelCi.EXIT_FAILURE;
        }
        AllocatorState state = new FileGpuAllocator(machine.allocations(), inventory::gpus).read();
        if (json) {
            ObjectNode root = TrainingRunJson.mapper().createObjectNode();
            root.set("gpus", TrainingRunJson.mapper().valueToTree(inventory.gpus()));
            root.set("holders", TrainingRunJson.mapper().valueToTree(state.holders()));
            root.set("queue", TrainingRunJson.mapper().valueToTree(state.queue()));
            ArrayNode processes = root.putArray("processes");
            for (GpuProcess process : inventory.processes()) {
                ObjectNode node = TrainingRunJson.mapper().valueToTree(process);
                Holding holding = holdingOf(process, state);
                node.put("heldBy", holding == null ? null : holding.claimant().id());
                processes.add(node);
            }
            root.put("nvidiaSmi", inventory.nvidiaSmi());
            out.println(TrainingRunJson.toJson(root));
        }
        else {
            printTable(inventory, state, out);
        }
        out.flush();
        return ModelCi.EXIT_OK;
    }

    private static void printTable(final GpuInventory inventory, final AllocatorState state, final PrintWriter out) {
        if (!inventory.hasDriver()) {
            out.println("No NVIDIA GPU: nvidia-smi is not on PATH (set MODELCI_NVIDIA_SMI to point at it).");
        }
        else if (inventory.gpus().isEmpty()) {
            out.println("No NVIDIA GPU found by " + inventory.nvidiaSmi() + ".");
        }
        else {
            out.printf("%-4s %-28s %-20s %-5s %s%n", "GPU", "NAME", "MEMORY USED/TOTAL", "UTIL", "HELD BY");
            for (Gpu gpu : inventory.gpus()) {
                out.printf("%-4d %-28s %-20s %-5s %s%n", gpu.index(), gpu.name(),
                        (gpu.memoryUsedMib() < 0 ? "?" : Long.toString(gpu.memoryUsedMib())) + "/"
                                + gpu.memoryTotalMib() + " MiB",
                        gpu.utilizationPercent() < 0 ? "n/a" : gpu.utilizationPercent() + "%", holder(gpu, state));
                for (MigDevice mig : gpu.migDevices()) {
                    out.printf("       MIG %-8s device %d  %s%n", mig.profile(), mig.deviceIndex(), mig.uuid());
                }
                for (GpuProcess process : inventory.processesOn(gpu)) {
                    Holding holding = holdingOf(process, state);
                    out.printf("       process %-8d %9s MiB  %s%n", process.pid(),
                            process.usedMemoryMib() < 0 ? "?" : Long.toString(process.usedMemoryMib()),
                            holding == null ? "outside modelci (not scheduled by it)"
                                    : "for " + who(holding.claimant().pid(), holding.claimant().description()));
                }
            }
        }
        if (!state.queue().isEmpty()) {
            out.println();
            out.println("Waiting, first in line first:");
            int position = 1;
            for (QueuedRequest request : state.queue()) {
                out.println("  " + position++ + ". " + request.request().describe() + " for "
                        + who(request.claimant().pid(), request.claimant().description()) + " since "
                        + request.since());
            }
        }
    }

    private static String holder(final Gpu gpu, final AllocatorState state) {
        for (Holding holding : state.holders()) {
            if (holding.uuids().contains(gpu.uuid())) {
                return who(holding.claimant().pid(), holding.claimant().description()) + " since " + holding.since();
            }
        }
        return "-";
    }

    /**
     * The holding a GPU process works for: its pid, or one of its ancestors', is the holder or a process started
     * on the holder's GPUs (a training command run through a shell or a launcher is a child of the recorded one).
     */
    static Holding holdingOf(final GpuProcess process, final AllocatorState state) {
        java.util.Set<Long> lineage = new java.util.HashSet<>();
        java.util.Optional<ProcessHandle> current = ProcessHandle.of(process.pid());
        lineage.add(process.pid());
        for (int depth = 0; depth < 32 && current.isPresent(); depth++) {
            current = current.get().parent();
            current.ifPresent(parent -> lineage.add(parent.pid()));
        }
        for (Holding holding : state.holders()) {
            if (lineage.contains(holding.claimant().pid())
                    || holding.processes().stream().map(LocalProcess::pid).anyMatch(lineage::contains)) {
                return holding;
            }
        }
        return null;
    }

    private static String who(final long pid, final String description) {
        return (pid > 0 ? "pid " + pid + " " : "") + (description == null ? "" : description);
    }

    /** "0 (NVIDIA A100-SXM4-80GB, GPU-...), 1 (...)": for log lines. */
    static String describe(final List<Gpu> gpus) {
        return gpus.stream().map(gpu -> gpu.index() + " (" + gpu.name() + ", " + gpu.uuid() + ")")
                .collect(Collectors.joining(", "));
    }
}
