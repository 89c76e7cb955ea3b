package io.jenkins.plugins.modelci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.modelci.InputException;
import io.modelci.gpu.Claimant;
import io.modelci.gpu.Gpu;
import io.modelci.gpu.GpuAllocator;
import io.modelci.gpu.GpuGrant;
import io.modelci.gpu.GpuRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agent property's choice between the GPUs declared by hand and detection with nvidia-smi. */
class GpuInventoryPropertyTest {

    private static GpuInventoryProperty property(boolean detect, String gpus) {
        GpuInventoryProperty property = new GpuInventoryProperty();
        property.setDetect(detect);
        property.setGpus(gpus);
        return property;
    }

    @Test
    void shouldDetectByDefault() {
        GpuInventoryProperty property = new GpuInventoryProperty();

        assertThat(property.isDetect()).isTrue();
        assertThat(property.getGpus()).isEmpty();
        assertThat(GpuInventoryProperty.manualInventoryJson(property)).isEmpty();
    }

    @Test
    void shouldDetectOnAnAgentWithoutTheProperty() {
        assertThat(GpuInventoryProperty.manualInventoryJson(null)).isEmpty();
    }

    @Test
    void shouldDetectWhenDetectionIsOnEvenWithAListWritten() {
        assertThat(GpuInventoryProperty.manualInventoryJson(property(true, "0:A100-SXM4-80GB:81920"))).isEmpty();
    }

    @Test
    void shouldUseTheDeclaredGpusWhenDetectionIsOff() throws IOException {
        Optional<String> json = GpuInventoryProperty.manualInventoryJson(
                property(false, "0:A100-SXM4-80GB:81920, 1:A100-SXM4-80GB:81920"));

        assertThat(json).isPresent();
        List<Gpu> gpus = GpuScheduler.parseInventory(json.get());
        assertThat(gpus).extracting(Gpu::index).containsExactly(0, 1);
        assertThat(gpus).extracting(Gpu::uuid).containsExactly("0", "1");
        assertThat(gpus).extracting(Gpu::memoryFreeMib).containsExactly(81920L, 81920L);
    }

    @Test
    void shouldAllocateFromTheDeclaredGpusByNameAndMemory() throws IOException {
        String json = GpuInventoryProperty.manualInventoryJson(
                property(false, "0:T4:15360, 1:A100-SXM4-80GB:81920:GPU-aaaa")).orElseThrow();
        GpuAllocator allocator = new GpuAllocator(GpuScheduler.parseInventory(json));

        Optional<GpuGrant> grant = allocator.enqueue(Claimant.external("job/a#1|x", "job/a#1"),
                new GpuRequest(1, 20_480, "a100"));

        assertThat(grant).isPresent();
        assertThat(grant.get().gpus()).extracting(Gpu::uuid).containsExactly("GPU-aaaa");
    }

    @Test
    void shouldRefuseAMalformedListNamingTheField() {
        GpuInventoryProperty property = property(false, "0:A100-SXM4-80GB");

        assertThatThrownBy(() -> GpuInventoryProperty.manualInventoryJson(property))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'gpus'")
                .hasMessageContaining("entry 1");
    }

    @Test
    void shouldRefuseAnEmptyListWhenDetectionIsOff() {
        assertThatThrownBy(() -> GpuInventoryProperty.manualInventoryJson(property(false, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'gpus'")
                .hasMessageContaining("no GPUs declared");
    }

    @Test
    void shouldReportToTheFormTheMessageABuildWouldFailWith() {
        String malformed = "0:A100-SXM4-80GB:81920, 1:A100";
        Throwable build = catchThrowable(
                () -> GpuInventoryProperty.manualInventoryJson(property(false, malformed)));

        Optional<String> form = GpuInventoryProperty.problemWith(false, malformed);

        assertThat(form).contains(build.getMessage());
        assertThat(form.orElseThrow())
                .isEqualTo("'gpus': entry 2 '1:A100': expected index:name:memoryMiB (and optionally :uuid)");
    }

    @Test
    void shouldReportARepeatedIndexAndAnEmptyListToTheForm() {
        assertThat(GpuInventoryProperty.problemWith(false, "0:T4:15360\n0:L4:23034"))
                .hasValueSatisfying(message -> assertThat(message).contains("entry 2").contains("declared twice"));
        assertThat(GpuInventoryProperty.problemWith(false, "  "))
                .hasValueSatisfying(message -> assertThat(message).contains("no GPUs declared"));
        assertThat(GpuInventoryProperty.problemWith(false, null))
                .hasValueSatisfying(message -> assertThat(message).contains("no GPUs declared"));
    }

    @Test
    void shouldAcceptAWellFormedListInTheForm() {
        assertThat(GpuInventoryProperty.problemWith(false, "0:A100-SXM4-80GB:81920,\n1:L4:23034:GPU-l4")).isEmpty();
    }

    @Test
    void shouldNotCheckTheListInTheFormWhileDetectionIsOn() {
        assertThat(GpuInventoryProperty.problemWith(true, "0:A100")).isEmpty();
        assertThat(GpuInventoryProperty.problemWith(true, "")).isEmpty();
    }
}
