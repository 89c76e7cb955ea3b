package io.modelci.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model registry: numbered versions of named models, aliases that point to one version each
 * ({@code champion}, {@code staging}, …), and an append-only history of every alias change.
 *
 * <p>Every operation is one transaction. Alias changes are compare-and-set: the caller passes the holder it saw
 * ({@link Expected}); when the alias has moved since, the change fails with a {@link ConflictException} that names
 * the current holder, and nothing is written. Unknown models or versions and invalid names are
 * {@link io.modelci.InputException}s; storage failures are {@link RegistryException}s.
 *
 * <p>Implementations are thread-safe and may be shared by many threads and processes.
 */
public interface Registry extends AutoCloseable {
    /** The alias a production model holds by convention. */
    String CHAMPION = "champion";

    /** Registers a new version (state candidate) of the model, creating the model on its first version. */
    ModelVersion register(String model, NewVersion version);

    /** One version of a model; empty when the model or version does not exist. */
    Optional<ModelVersion> get(String model, int version);

    /** All versions of a model, oldest first; empty when the model does not exist. */
    List<ModelVersion> listVersions(String model);

    /** All models, sorted by name. */
    List<ModelSummary> listModels();

    /** One model; empty when it does not exist. */
    Optional<ModelSummary> getModel(String model);

    /** The version an alias points to; empty when the alias (or model) does not exist. */
    Optional<Integer> resolve(String model, String alias);

    /** The version an alias points to, with its data; empty when the alias (or model) does not exist. */
    default Optional<ModelVersion> resolveVersion(final String model, final String alias) {
        return resolve(model, alias).flatMap(version -> get(model, version));
    }

    /** The aliases of a model, alias to version. */
    Map<String, Integer> aliases(String model);

    /**
     * Points an alias at a version (creating the alias if needed) when the alias's current holder matches
     * {@code expected}; records the change in the alias history.
     *
     * @return the history event written
     * @throws ConflictException when the alias's holder does not match {@code expected}
     */
    AliasEvent setAlias(String model, String alias, int version, Expected expected, Audit audit);

    /** The same as {@link #setAlias}: moves an existing alias, or creates it. */
    default AliasEvent moveAlias(final String model, final String alias, final int version, final Expected expected,
            final Audit audit) {
        return setAlias(model, alias, version, expected, audit);
    }

    /**
     * Moves an alias back to the version it held before its last move that was not already rolled back, and
     * records that as a rollback event. Repeated rollbacks walk further back, like an undo stack.
     *
     * @throws ConflictException when the alias's holder does not match {@code expected}
     * @throws io.modelci.InputException when there is nothing to roll back to
     */
    AliasEvent rollback(String model, String alias, Expected expected, Audit audit);

    /** The history of one alias, oldest first. */
    List<AliasEvent> aliasHistory(String model, String alias);

    /** The history of all aliases of a model, oldest first. */
    List<AliasEvent> history(String model);

    /**
     * Removes an alias and records that in its history.
     *
     * @throws ConflictException when the alias's holder does not match {@code expected}
     */
    AliasEvent deleteAlias(String model, String alias, Expected expected, Audit audit);

    /**
     * Archives a version: it stays readable but can no longer be promoted.
     *
     * @throws ConflictException when an alias still points to it
     */
    ModelVersion archiveVersion(String model, int version);

    /** Sets a tag on a version; a null value removes the tag. */
    ModelVersion tag(String model, int version, String key, String value);

    /**
     * Attaches an evaluation summary to a version, replacing an earlier one of the same name.
     *
     * @param name the evaluation's name, unique per version
     * @param datasetFingerprint the fingerprint of the data set it was scored on
     * @param metrics metric name to value (NaN and infinities allowed)
     */
    ModelVersion attachEvaluation(String model, int version, String name, String datasetFingerprint,
            Map<String, Double> metrics);

    /** Releases the connections; the data stays. */
    @Override
    void close();
}
