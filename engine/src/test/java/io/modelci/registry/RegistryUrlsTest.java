package io.modelci.registry;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryUrlsTest {
    @Test
    void shouldMaskPasswordsAndUserInfo() {
        assertThat(RegistryUrls.mask("jdbc:postgresql://db:5432/reg?user=ci&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/reg?user=ci&password=***&ssl=true");
        assertThat(RegistryUrls.mask("jdbc:postgresql://ci:s3cret@db/reg")).isEqualTo("jdbc:postgresql://***@db/reg");
        assertThat(RegistryUrls.mask("jdbc:h2:file:/x/registry;PASSWORD=s3cret;AUTO_SERVER=TRUE"))
                .doesNotContain("s3cret").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void shouldResolveFoldersUrlsAndTheDefault() {
        Path fallback = Path.of("/work/project/.modelci/registry");
        assertThat(RegistryUrls.resolve(null, fallback))
                .startsWith("jdbc:h2:file:/work/project/.modelci/registry/registry;")
                .contains("AUTO_SERVER=TRUE").contains("WRITE_DELAY=0");
        assertThat(RegistryUrls.resolve("/srv/reg", fallback)).startsWith("jdbc:h2:file:/srv/reg/registry;");
        assertThat(RegistryUrls.resolve("jdbc:postgresql://db/reg", fallback)).isEqualTo("jdbc:postgresql://db/reg");
        assertThat(RegistryUrls.resolve("jdbc:h2:file:/srv/r;AUTO_SERVER=FALSE", fallback))
                .contains("AUTO_SERVER=FALSE").doesNotContain("AUTO_SERVER=TRUE");
        assertThat(RegistryUrls.resolve("jdbc:h2:mem:test", fallback)).isEqualTo("jdbc:h2:mem:test");
        assertThat(RegistryUrls.h2DatabaseFile("jdbc:h2:file:/srv/r/registry;AUTO_SERVER=TRUE"))
                .isEqualTo(Path.of("/srv/r/registry.mv.db"));
    }

    @Test
    void shouldRejectOtherDatabasesWithoutShowingTheirPassword() {
        assertThatThrownBy(() -> RegistryUrls.resolve("jdbc:mysql://u:pw123@db/reg", Path.of(".")))
                .isInstanceOf(InputException.class).hasMessageContaining("unsupported registry URL")
                .hasMessageNotContaining("pw123");
    }
}
