package io.modelci.registry;

import io.modelci.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every registry database must do; run once on H2 and once on PostgreSQL by the subclasses. */
abstract class RegistryContractTest {
    static final String SHA = "a".repeat(64);

    @TempDir
    Path temp;

    String url;
    JdbcRegistry registry;

    /** A URL of an empty database for one test. */
    abstract String newUrl(Path folder);

    abstract String user();

    @BeforeEach
    void open() {
        url = newUrl(temp);
        registry = JdbcRegistry.open(url, user(), null);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    static NewVersion version(final String who, final Map<String, Double> metrics) {
        return NewVersion.of(List.of(new Artifact("file:///models/model.onnx", SHA, 1234)), metrics,
                Lineage.by(who));
    }

    ModelVersion registerVersion(final String model) {
        return registry.register(model, version("alice", Map.of("auc", 0.9)));
    }

    @Test
    void shouldNumberVersionsPerModelFromOne() {
        assertThat(registerVersion("fraud").version()).isEqualTo(1);
        assertThat(registerVersion("fraud").version()).isEqualTo(2);
        assertThat(registerVersion("churn").version()).isEqualTo(1);

        assertThat(registry.listVersions("fraud")).extracting(ModelVersion::version).containsExactly(1, 2);
        assertThat(registry.listModels()).extracting(ModelSummary::name).containsExactly("churn", "fraud");
        assertThat(registry.getModel("fraud")).get().extracting(ModelSummary::latestVersion).isEqualTo(2);
        assertThat(registry.get("fraud", 3)).isEmpty();
        assertThat(registry.get("nobody", 1)).isEmpty();
    }

    @Test
    void shouldRoundTripVersionDataIncludingNonFiniteMetrics() {
        NewVersion content = new NewVersion(
                List.of(new Artifact("s3://bucket/m.pt", "B".repeat(64), 7L << 33), new Artifact("vocab.txt", SHA, 0)),
                Map.of("lr", "0.01", "layers", "4"),
                Map.of("loss", Double.NaN, "ratio", Double.POSITIVE_INFINITY, "floor", Double.NEGATIVE_INFINITY,
                        "auc", 0.875),
                new Lineage("abc123", "sha256:data", "python:3.12", List.of("GPU-1", "GPU-2"),
                        "https://ci/job/1/", "bob"),
                Map.of("team", "risk"), "Fraud detector");

        ModelVersion stored = registry.register("fraud", content);
        ModelVersion read = registry.get("fraud", 1).orElseThrow();

        assertThat(read).isEqualTo(stored);
        assertThat(read.artifacts()).containsExactly(new Artifact("s3://bucket/m.pt", "b".repeat(64), 7L << 33),
                new Artifact("vocab.txt", SHA, 0));
        assertThat(read.metrics().get("loss")).isNaN();
        assertThat(read.metrics().get("ratio")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(read.metrics().get("floor")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(read.metrics().get("auc")).isEqualTo(0.875);
        assertThat(read.params()).containsEntry("lr", "0.01").containsEntry("layers", "4");
        assertThat(read.lineage()).isEqualTo(content.lineage());
        assertThat(read.tags()).containsExactly(Map.entry("team", "risk"));
        assertThat(read.state()).isEqualTo(VersionState.CANDIDATE);
        assertThat(registry.getModel("fraud").orElseThrow().description()).isEqualTo("Fraud detector");
    }

    @Test
    void shouldRejectInvalidNames() {
        assertThatThrownBy(() -> registerVersion("../etc")).isInstanceOf(InputException.class)
                .hasMessageContaining("'model'");
        assertThatThrownBy(() -> registerVersion("x".repeat(129))).isInstanceOf(InputException.class);
        assertThat(registerVersion("a" + "x".repeat(127)).version()).isEqualTo(1);
        registerVersion("fraud");
        assertThatThrownBy(() -> registry.setAlias("fraud", "bad alias", 1, Expected.none(), Audit.of("a", "b")))
                .isInstanceOf(InputException.class).hasMessageContaining("'alias'");
    }

    @Test
    void shouldMoveAliasWithCompareAndSetAndRecordWhoAndWhy() {
        registerVersion("fraud");
        registerVersion("fraud");
        String verdict = "{\"decision\":\"PROMOTE\",\"delta\":0.02}";

        AliasEvent first = registry.setAlias("fraud", "champion", 1, Expected.none(), Audit.of("alice", "first"));
        AliasEvent second = registry.moveAlias("fraud", "champion", 2, Expected.version(1),
                Audit.of("ci", "better AUC").withVerdict(verdict).withBuildUrl("https://ci/job/7/"));

        assertThat(registry.resolve("fraud", "champion")).contains(2);
        assertThat(registry.resolveVersion("fraud", "champion")).get().extracting(ModelVersion::version).isEqualTo(2);
        assertThat(registry.aliasHistory("fraud", "champion")).containsExactly(first, second);
        AliasEvent stored = registry.aliasHistory("fraud", "champion").get(1);
        assertThat(stored.fromVersion()).isEqualTo(1);
        assertThat(stored.toVersion()).isEqualTo(2);
        assertThat(stored.who()).isEqualTo("ci");
        assertThat(stored.reason()).isEqualTo("better AUC");
        assertThat(stored.verdict()).isEqualTo(verdict);
        assertThat(stored.buildUrl()).isEqualTo("https://ci/job/7/");
        assertThat(stored.kind()).isEqualTo(AliasEvent.Kind.MOVE);
        assertThat(first.from()).isEmpty();
        assertThat(registry.aliases("fraud")).containsExactly(Map.entry("champion", 2));
    }

    @Test
    void shouldRefuseAStaleExpectationNamingTheCurrentHolder() {
        registerVersion("fraud");
        registerVersion("fraud");
        registerVersion("fraud");
        registry.setAlias("fraud", "champion", 2, Expected.none(), Audit.of("alice", "go"));

        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 3, Expected.version(1),
                Audit.of("bob", "stale"))).isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.getCurrent()).contains(2);
                    assertThat(conflict.getMessage()).contains("held by version 2").contains("expected version 1");
                });
        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 3, Expected.none(), Audit.of("bob", "x")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> registry.setAlias("fraud", "staging", 3, Expected.version(2), Audit.of("bob", "x")))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.getCurrent()).isEmpty());

        assertThat(registry.resolve("fraud", "champion")).contains(2);
        assertThat(registry.aliasHistory("fraud", "champion")).hasSize(1);
        assertThat(registry.resolve("fraud", "staging")).isEmpty();
    }

    @Test
    void shouldRefuseUnknownVersionsAndMissingAudit() {
        registerVersion("fraud");
        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 9, Expected.any(), Audit.of("a", "b")))
                .isInstanceOf(InputException.class).hasMessageContaining("no version 9");
        assertThatThrownBy(() -> registry.setAlias("ghost", "champion", 1, Expected.any(), Audit.of("a", "b")))
                .isInstanceOf(InputException.class).hasMessageContaining("no model named 'ghost'");
        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 1, Expected.any(), Audit.of("a", " ")))
                .isInstanceOf(InputException.class).hasMessageContaining("'reason'");
        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 1, Expected.any(),
                Audit.of("a", "b").withVerdict("{not json"))).isInstanceOf(InputException.class)
                .hasMessageContaining("'verdict'");
        assertThat(registry.history("fraud")).isEmpty();
    }

    @Test
    void shouldRollBackLikeAnUndoStack() {
        for (int i = 0; i < 4; i++) {
            registerVersion("fraud");
        }
        Audit audit = Audit.of("alice", "step");
        registry.setAlias("fraud", "champion", 1, Expected.none(), audit);
        registry.setAlias("fraud", "champion", 2, Expected.version(1), audit);
        registry.setAlias("fraud", "champion", 3, Expected.version(2), audit);

        AliasEvent back = registry.rollback("fraud", "champion", Expected.version(3), Audit.of("bob", "3 is bad"));
        assertThat(back.kind()).isEqualTo(AliasEvent.Kind.ROLLBACK);
        assertThat(back.fromVersion()).isEqualTo(3);
        assertThat(back.toVersion()).isEqualTo(2);

        registry.setAlias("fraud", "champion", 4, Expected.version(2), audit);
        assertThat(registry.rollback("fraud", "champion", Expected.any(), audit).toVersion()).isEqualTo(2);
        assertThat(registry.rollback("fraud", "champion", Expected.any(), audit).toVersion()).isEqualTo(1);
        assertThatThrownBy(() -> registry.rollback("fraud", "champion", Expected.any(), audit))
                .isInstanceOf(InputException.class).hasMessageContaining("no earlier holder");

        assertThat(registry.resolve("fraud", "champion")).contains(1);
        assertThat(registry.aliasHistory("fraud", "champion")).extracting(AliasEvent::toVersion)
                .containsExactly(1, 2, 3, 2, 4, 2, 1);
        assertThatThrownBy(() -> registry.rollback("fraud", "champion", Expected.version(4), audit))
                .isInstanceOf(ConflictException.class).hasMessageContaining("held by version 1");
    }

    @Test
    void shouldDeleteAnAliasAndKeepItsHistory() {
        registerVersion("fraud");
        registry.setAlias("fraud", "staging", 1, Expected.none(), Audit.of("alice", "try"));

        AliasEvent deleted = registry.deleteAlias("fraud", "staging", Expected.version(1), Audit.of("alice", "done"));

        assertThat(deleted.kind()).isEqualTo(AliasEvent.Kind.DELETE);
        assertThat(deleted.to()).isEmpty();
        assertThat(registry.resolve("fraud", "staging")).isEmpty();
        assertThat(registry.aliasHistory("fraud", "staging")).hasSize(2);
        assertThat(registry.rollback("fraud", "staging", Expected.none(), Audit.of("bob", "undo")).toVersion())
                .isEqualTo(1);
        assertThatThrownBy(() -> registry.deleteAlias("fraud", "other", Expected.any(), Audit.of("a", "b")))
                .isInstanceOf(InputException.class);
    }

    @Test
    void shouldArchiveOnlyVersionsNoAliasHoldsAndNeverPromoteThem() {
        registerVersion("fraud");
        registerVersion("fraud");
        registry.setAlias("fraud", "champion", 1, Expected.none(), Audit.of("alice", "go"));

        assertThatThrownBy(() -> registry.archiveVersion("fraud", 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("alias 'champion'");
        assertThat(registry.archiveVersion("fraud", 2).state()).isEqualTo(VersionState.ARCHIVED);
        assertThatThrownBy(() -> registry.setAlias("fraud", "champion", 2, Expected.any(), Audit.of("a", "b")))
                .isInstanceOf(InputException.class).hasMessageContaining("archived");
        assertThat(registry.get("fraud", 2).orElseThrow().state()).isEqualTo(VersionState.ARCHIVED);
    }

    @Test
    void shouldTagAndAttachEvaluations() {
        registerVersion("fraud");
        registry.tag("fraud", 1, "owner", "risk-team");
        registry.tag("fraud", 1, "tmp", "x");
        registry.tag("fraud", 1, "tmp", null);
        registry.attachEvaluation("fraud", 1, "holdout", "sha256:old", Map.of("auc", 0.5));
        registry.attachEvaluation("fraud", 1, "holdout", "sha256:h1", Map.of("auc", 0.91, "brier", Double.NaN));
        ModelVersion version = registry.attachEvaluation("fraud", 1, "shadow", "sha256:s1", Map.of("auc", 0.88));

        assertThat(version.tags()).containsExactly(Map.entry("owner", "risk-team"));
        assertThat(version.evaluations()).containsOnlyKeys("holdout", "shadow");
        Evaluation holdout = registry.get("fraud", 1).orElseThrow().evaluations().get("holdout");
        assertThat(holdout.datasetFingerprint()).isEqualTo("sha256:h1");
        assertThat(holdout.metrics().get("auc")).isEqualTo(0.91);
        assertThat(holdout.metrics().get("brier")).isNaN();
        assertThatThrownBy(() -> registry.attachEvaluation("fraud", 2, "x", "y", Map.of()))
                .isInstanceOf(InputException.class);
    }

    @Test
    void shouldRefuseASchemaNewerThanItKnows() throws Exception {
        registerVersion("fraud");
        registry.close();
        try (Connection connection = DriverManager.getConnection(url, user(), null);
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO modelci_schema (version, description, applied_at)"
                    + " VALUES (99, 'future', CURRENT_TIMESTAMP)");
        }

        assertThatThrownBy(() -> JdbcRegistry.open(url, user(), null)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("upgrade modelci");
        registry = JdbcRegistry.open(newUrl(temp.resolve("other")), user(), null);
    }

    @Test
    void shouldApplyEachMigrationOnceAcrossReopens() throws Exception {
        registerVersion("fraud");
        registry.close();
        registry = JdbcRegistry.open(url, user(), null);

        assertThat(registry.listVersions("fraud")).hasSize(1);
        try (Connection connection = DriverManager.getConnection(url, user(), null)) {
            assertThat(Migrations.currentVersion(connection)).isEqualTo(Migrations.latest());
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM modelci_schema")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(Migrations.latest());
            }
        }
    }

    @Test
    void shouldRecordEveryWinnerOfSixteenConcurrentPromotersExactlyOnce() throws Exception {
        PromotionRace.prepare(registry);
        int threads = 16;
        int attempts = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Queue<Long> successes = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String who = "thread-" + t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < attempts; i++) {
                    PromotionRace.attempt(registry, who).ifPresentOrElse(event -> successes.add(event.id()),
                            conflicts::incrementAndGet);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get(5, TimeUnit.MINUTES); // rethrows anything but a conflict
        }
        pool.shutdown();

        assertThat(successes.size() + conflicts.get()).isEqualTo(threads * attempts);
        assertThat(successes).doesNotHaveDuplicates().isNotEmpty();
        PromotionRace.assertConsistent(registry, new ArrayList<>(successes));
    }

    @Test
    void shouldOnlyEverAppendToTheHistory() {
        registerVersion("fraud");
        registerVersion("fraud");
        registry.setAlias("fraud", "champion", 1, Expected.none(), Audit.of("alice", "one"));
        registry.setAlias("fraud", "champion", 2, Expected.version(1), Audit.of("alice", "two"));
        List<AliasEvent> before = registry.history("fraud");

        registry.rollback("fraud", "champion", Expected.version(2), Audit.of("bob", "back"));
        registry.setAlias("fraud", "staging", 2, Expected.none(), Audit.of("bob", "stage"));
        registry.deleteAlias("fraud", "staging", Expected.any(), Audit.of("bob", "unstage"));
        registry.archiveVersion("fraud", 2);
        List<AliasEvent> after = registry.history("fraud");

        assertThat(after).hasSize(before.size() + 3).startsWith(before.toArray(AliasEvent[]::new));
        assertThat(after).extracting(AliasEvent::id).isSorted().doesNotHaveDuplicates();
        assertThat(after).extracting(AliasEvent::alias).containsExactly("champion", "champion", "champion",
                "staging", "staging");
    }

    @Test
    void shouldKeepTheNewestHolderWhenExpectationIsAny() {
        registerVersion("fraud");
        registerVersion("fraud");
        registry.setAlias("fraud", "champion", 1, Expected.any(), Audit.of("a", "b"));
        registry.setAlias("fraud", "champion", 2, Expected.any(), Audit.of("a", "b"));
        assertThat(registry.resolve("fraud", "champion")).isEqualTo(Optional.of(2));
    }
}
