package io.modelci.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelci.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualGpuInventoryTest {

    @Test
    void shouldParseCommaSeparatedEntries() {
        List<Gpu> gpus = ManualGpuInventory.parse("gpus", "0:A100-SXM4-80GB:81920, 1:A100-SXM4-80GB:81920");

        assertThat(gpus).extracting(Gpu::index).containsExactly(0, 1);
        assertThat(gpus).extracting(Gpu::name).containsOnly("A100-SXM4-80GB");
        assertThat(gpus.get(1).memoryTotalMib()).isEqualTo(81920);
        assertThat(gpus.get(1).memoryFreeMib()).isEqualTo(81920);
    }

    @Test
    void shouldUseTheIndexAsIdentifierUnlessAUuidIsGiven() {
        List<Gpu> gpus = ManualGpuInventory.parse("gpus", "0:T4:15360\n3:L4:23034:GPU-1234abcd\n");

        assertThat(gpus).extracting(Gpu::uuid).containsExactly("0", "GPU-1234abcd");
        assertThat(gpus).extracting(Gpu::index).containsExactly(0, 3);
    }

    @Test
    void shouldRejectAnEntryWithoutMemoryNamingTheField() {
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", "0:A100:81920, 1:A100"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'gpus'")
                .hasMessageContaining("entry 2 '1:A100'")
                .hasMessageContaining("index:name:memoryMiB");
    }

    @Test
    void shouldRejectABadIndexOrMemory() {
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", "x:A100:81920"))
                .isInstanceOf(InputException.class).hasMessageContaining("the index 'x'");
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", "0:A100:80G"))
                .isInstanceOf(InputException.class).hasMessageContaining("the memory '80G'");
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", "0::80"))
                .isInstanceOf(InputException.class).hasMessageContaining("the name is empty");
    }

    @Test
    void shouldRejectARepeatedIndex() {
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", "0:A100:81920, 0:A100:81920"))
                .isInstanceOf(InputException.class).hasMessageContaining("index 0 is declared twice");
    }

    @Test
    void shouldRejectAnEmptyInventory() {
        assertThatThrownBy(() -> ManualGpuInventory.parse("gpus", " , \n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'gpus'")
                .hasMessageContaining("no GPUs declared");
    }
}
