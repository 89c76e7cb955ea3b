package io.modelci.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build's promotion run again (after a controller restart) on a real embedded H2 registry. */
class RepeatablePromotionTest {
    @TempDir
    Path temp;

    JdbcRegistry registry;

    @BeforeEach
    void open() {
        registry = JdbcRegistry.openFolder(temp.resolve("registry"));
        for (int i = 0; i < 3; i++) {
            registry.register("churn", RegistryContractTest.version("alice", Map.of("auc", 0.8 + i / 100.0)));
        }
        registry.setAlias("churn", "champion", 1, Expected.none(), audit("seed#1"));
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private static Audit audit(final String build) {
        return new Audit("alice", "better", "{\"verdict\":\"PROMOTE\"}", build);
    }

    @Test
    void shouldAnswerTheEarlierMoveWhenTheSameBuildPromotesAgain() {
        RepeatablePromotion.Outcome first = RepeatablePromotion.promote(registry, "churn", "champion", 2,
                Expected.version(1), audit("train#7"));
        RepeatablePromotion.Outcome again = RepeatablePromotion.promote(registry, "churn", "champion", 2,
                Expected.version(1), audit("train#7"));

        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.event()).isEqualTo(first.event());
        assertThat(registry.aliasHistory("churn", "champion")).hasSize(2);
        assertThat(registry.resolve("churn", "champion")).contains(2);
    }

    @Test
    void shouldFailAsARaceWhenAnotherBuildMovedTheAliasAfterThisBuildsPromotion() {
        RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.version(1), audit("train#7"));
        registry.setAlias("churn", "champion", 3, Expected.version(2), audit("train#8"));

        assertThatThrownBy(() -> RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.version(1),
                audit("train#7"))).isInstanceOf(ConflictException.class);
        assertThat(registry.aliasHistory("churn", "champion")).hasSize(3);
        assertThat(registry.resolve("churn", "champion")).contains(3);
    }

    @Test
    void shouldNotUndoARollbackOfThisBuildsPromotion() {
        RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.version(1), audit("train#7"));
        registry.rollback("churn", "champion", Expected.version(2), Audit.of("bob", "bad latency"));

        assertThatThrownBy(() -> RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.version(1),
                audit("train#7"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed after train#7 promoted version 2 (ROLLBACK by bob)");
        assertThat(registry.resolve("churn", "champion")).contains(1);
        assertThat(registry.aliasHistory("churn", "champion")).hasSize(3);
    }

    @Test
    void shouldMoveForAnotherBuildEvenToTheVersionAlreadyHeld() {
        RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.version(1), audit("train#7"));

        RepeatablePromotion.Outcome other = RepeatablePromotion.promote(registry, "churn", "champion", 2,
                Expected.version(2), audit("train#9"));

        assertThat(other.repeated()).isFalse();
        assertThat(other.event().buildUrl()).isEqualTo("train#9");
        assertThat(registry.aliasHistory("churn", "champion")).hasSize(3);
    }

    @Test
    void shouldTreatNoPromotionWithoutABuildAsRepeated() {
        RepeatablePromotion.promote(registry, "churn", "champion", 2, Expected.any(), Audit.of("bob", "by hand"));
        RepeatablePromotion.Outcome again = RepeatablePromotion.promote(registry, "churn", "champion", 2,
                Expected.any(), Audit.of("bob", "by hand"));

        assertThat(again.repeated()).isFalse();
        assertThat(registry.aliasHistory("churn", "champion")).hasSize(3);
    }

    @Test
    void shouldStillCompareAndSetOnTheFirstRun() {
        assertThatThrownBy(() -> RepeatablePromotion.promote(registry, "churn", "champion", 3, Expected.none(),
                audit("train#7"))).isInstanceOf(ConflictException.class);
        assertThat(registry.resolve("churn", "champion")).contains(1);
    }
}
