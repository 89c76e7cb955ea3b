package io.modelci.gate;

import io.modelci.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {
    private static final String EXAMPLE = """
            checks:
              - metric: roc_auc
                min_improvement: 0.005
                significance: 0.05
                slices: [region]
              - metric: log_loss
                max_regression: 0.01
            bootstrap: 500
            seed: 11
            test: bootstrap
            no_champion: reject
            """;

    @Test
    void shouldReadEverySettingAndDefaultTheDirections(@TempDir final Path folder) throws IOException {
        Path file = folder.resolve("policy.yaml");
        Files.writeString(file, EXAMPLE);

        Policy policy = Policy.parse(file);

        assertThat(policy.checks()).hasSize(2);
        Check auc = policy.checks().get(0);
        assertThat(auc.metric()).isEqualTo("roc_auc");
        assertThat(auc.direction()).isEqualTo(Direction.HIGHER);
        assertThat(auc.minImprovement()).isEqualTo(0.005);
        assertThat(auc.significance()).isEqualTo(0.05);
        assertThat(auc.slices()).containsExactly("region");
        Check loss = policy.checks().get(1);
        assertThat(loss.direction()).isEqualTo(Direction.LOWER);
        assertThat(loss.threshold()).hasValue(-0.01);
        assertThat(policy.bootstrap()).isEqualTo(500);
        assertThat(policy.seed()).isEqualTo(11);
        assertThat(policy.noChampion()).isEqualTo(NoChampionRule.REJECT);
    }

    @Test
    void shouldHashTheSameWhetherWrittenInYamlOrAsAJenkinsfileMap() {
        Policy fromYaml = Policy.parse(EXAMPLE, "policy.yaml");
        Policy fromMap = Policy.fromMap(Map.of(
                "seed", 11, "bootstrap", 500, "no_champion", "reject",
                "checks", List.of(
                        Map.of("metric", "roc_auc", "direction", "higher", "min_improvement", 0.005,
                                "significance", 0.05, "slices", List.of("region")),
                        Map.of("max_regression", 0.01, "metric", "log_loss"))), "Jenkinsfile");

        assertThat(fromMap.hash()).isEqualTo(fromYaml.hash()).hasSize(64);
        assertThat(fromYaml.withSeed(12).hash()).isNotEqualTo(fromYaml.hash());
    }

    @Test
    void shouldRejectAnEmptyCheckListNamingFileAndLine() {
        assertThatThrownBy(() -> Policy.parse("bootstrap: 100\nchecks: []\n", "p.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage("p.yaml:2: 'checks': is empty: a policy needs at least one check "
                        + "(nothing is promoted by accident)");
        assertThatThrownBy(() -> Policy.parse("seed: 3\n", "p.yaml"))
                .hasMessageContaining("'checks': is missing");
    }

    @Test
    void shouldRejectUnknownKeysWithTheirLine() {
        String yaml = "checks:\n  - metric: roc_auc\n    min_improvment: 0.01\n";

        assertThatThrownBy(() -> Policy.parse(yaml, "p.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("p.yaml:3: 'checks[0].min_improvment': unknown key; expected one of ");
    }

    @Test
    void shouldAskForADirectionOfAnUnknownMetric() {
        String yaml = "checks:\n  - metric: revenue_uplift\n    min_improvement: 0.01\n";

        assertThatThrownBy(() -> Policy.parse(yaml, "p.yaml"))
                .hasMessage("p.yaml:2: 'checks[0].direction': 'revenue_uplift' is not a built-in metric: "
                        + "say whether higher or lower is better");
        Policy explicit = Policy.parse(yaml + "    direction: higher\n", "p.yaml");
        assertThat(explicit.checks().get(0).direction()).isEqualTo(Direction.HIGHER);
    }

    @Test
    void shouldKnowTheDefaultDirectionsOfBuiltInMetrics() {
        assertThat(Direction.defaultFor("f1")).hasValue(Direction.HIGHER);
        assertThat(Direction.defaultFor("r2")).hasValue(Direction.HIGHER);
        assertThat(Direction.defaultFor("rmse")).hasValue(Direction.LOWER);
        assertThat(Direction.defaultFor("latency_p99_ms")).hasValue(Direction.LOWER);
        assertThat(Direction.defaultFor("brier_score")).hasValue(Direction.LOWER);
        assertThat(Direction.defaultFor("profit")).isEmpty();
    }

    @Test
    void shouldRejectWrongTypesAndValues() {
        assertThatThrownBy(() -> Policy.parse("checks:\n  - metric: f1\n    min_value: high\n", "p.yaml"))
                .hasMessage("p.yaml:3: 'checks[0].min_value': must be a number, got 'high'");
        assertThatThrownBy(() -> Policy.parse("checks:\n  - metric: f1\n    significance: 0.7\n", "p.yaml"))
                .hasMessageContaining("'checks[0].significance': must be between 0 and 0.5");
        assertThatThrownBy(() -> Policy.parse("test: ttest\nchecks:\n  - metric: f1\n    min_value: 0.5\n",
                "p.yaml")).hasMessage("p.yaml:1: 'test': must be one of bootstrap, mcnemar, delong, got 'ttest'");
        assertThatThrownBy(() -> Policy.parse("checks:\n  - metric: f1\n", "p.yaml"))
                .hasMessageContaining("'checks[0]': has no rule");
        assertThatThrownBy(() -> Policy.parse("checks:\n  - metric: f1\n    max_regression: -0.1\n", "p.yaml"))
                .hasMessageContaining("'checks[0].max_regression': must be 0 or more");
        assertThatThrownBy(() -> Policy.parse("checks: [\n", "p.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> Policy.fromMap(Map.of("checks", List.of(Map.of("metric", "f1", "min_value", "x"))),
                "Jenkinsfile")).hasMessage("Jenkinsfile: 'checks[0].min_value': must be a number, got 'x'");
    }

    @Test
    void shouldTreatSignificanceAloneAsSignificantlyBetter() {
        Policy policy = Policy.parse("checks:\n  - metric: accuracy\n    significance: 0.05\n", "p.yaml");

        assertThat(policy.checks().get(0).threshold()).hasValue(0.0);
    }
}
