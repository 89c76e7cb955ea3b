package io.modelci.registry;

import io.modelci.InputException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The registry on a relational database through plain JDBC: embedded H2 (a file, the default) or PostgreSQL
 * (shared), chosen by the URL. See {@link RegistryUrls} for the URL forms and {@link Migrations} for the schema.
 *
 * <p>Concurrency: every change to a model takes a row lock on the model ({@code SELECT … FOR UPDATE}) before it
 * reads anything, so compare-and-set checks and version numbering see the latest committed state and cannot
 * interleave, on either database, across threads and processes. Primary keys back this up (one row per alias,
 * one per version number). Lock time-outs, deadlocks and dropped connections are retried a bounded number of times.
 */
public final class JdbcRegistry implements Registry {
    /** Environment variable with the registry URL or folder. */
    public static final String URL_VARIABLE = "MODELCI_REGISTRY";
    /** Environment variable with the database user. */
    public static final String USER_VARIABLE = "MODELCI_REGISTRY_USER";
    /** Environment variable with the database password. */
    public static final String PASSWORD_VARIABLE = "MODELCI_REGISTRY_PASSWORD";

    private final String url;
    private final ConnectionPool pool;
    private final Transactions transactions;

    private JdbcRegistry(final String url, final String user, final String password) {
        this.url = url;
        this.pool = new ConnectionPool(url, user, password);
        this.transactions = new Transactions(url, pool);
    }

    /**
     * Opens (creating or upgrading the schema as needed) the registry at a JDBC URL.
     *
     * @throws RegistryException when the database cannot be reached, is locked, corrupt or has a newer schema
     */
    public static JdbcRegistry open(final String jdbcUrl, final String user, final String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        if (RegistryUrls.isH2File(jdbcUrl)) {
            checkH2File(RegistryUrls.h2DatabaseFile(jdbcUrl));
        }
        JdbcRegistry registry = new JdbcRegistry(jdbcUrl, user, password);
        try {
            registry.transactions.run("migrate", connection -> {
                Migrations.migrate(connection, dialect, RegistryUrls.mask(jdbcUrl));
                return null;
            });
            return registry;
        }
        catch (RuntimeException e) {
            registry.close();
            throw e;
        }
    }

    /** Opens the embedded registry in a folder ({@code registry.mv.db} inside it). */
    public static JdbcRegistry openFolder(final Path folder) {
        return open(RegistryUrls.forFolder(folder), null, null);
    }

    /**
     * Opens the registry a user chose: {@code urlOrFolder} (a JDBC URL or a folder), else the
     * {@value #URL_VARIABLE} environment variable, else {@code defaultFolder}; user and password from
     * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
     */
    public static JdbcRegistry openFromEnvironment(final String urlOrFolder, final Path defaultFolder) {
        String chosen = urlOrFolder != null && !urlOrFolder.isBlank() ? urlOrFolder : System.getenv(URL_VARIABLE);
        return open(RegistryUrls.resolve(chosen, defaultFolder), System.getenv(USER_VARIABLE),
                System.getenv(PASSWORD_VARIABLE));
    }

    /** Refuses a database file this process could not read or write, rather than let it be replaced. */
    private static void checkH2File(final Path file) {
        if (Files.exists(file) && (!Files.isRegularFile(file) || !Files.isReadable(file) || !Files.isWritable(file))) {
            throw new RegistryException("the registry database " + file + " exists but cannot be read and written"
                    + " by this user; it was left untouched");
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                // the AUTO_SERVER key lies in the lock file here: whoever reads the folder can connect
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
        catch (java.io.IOException e) {
            throw new RegistryException("cannot create the registry folder " + file.getParent() + ": " + e, e);
        }
    }

    /** The URL with credentials masked: safe to show. */
    public String displayUrl() {
        return RegistryUrls.mask(url);
    }

    @Override
    public ModelVersion register(final String model, final NewVersion content) {
        Names.model(model);
        if (content.artifacts().isEmpty()) {
            throw InputException.ofField("artifact", "a version needs at least one artifact");
        }
        Names.metrics("metrics", content.metrics());
        Names.text("who", content.lineage().who(), 256, true);
        content.tags().keySet().forEach(Names::tagKey);
        return transactions.change(model, "register " + model, connection -> {
            Instant now = RegistryRows.now();
            OptionalLong existing = RegistryRows.modelId(connection, model, true);
            // a second registrar of a new model fails on the unique name and is retried, then finds the row
            long modelId = existing.isPresent() ? existing.getAsLong()
                    : RegistryRows.insertModel(connection, model, content.description(), now);
            int version = RegistryRows.nextVersion(connection, modelId);
            RegistryRows.insertVersion(connection, modelId, version, content, now);
            return RegistryRows.requireVersion(connection, model, modelId, version);
        });
    }

    @Override
    public Optional<ModelVersion> get(final String model, final int version) {
        Names.model(model);
        return transactions.run("get " + model, connection -> {
            OptionalLong id = RegistryRows.modelId(connection, model, false);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return RegistryRows.versions(connection, model, id.getAsLong(), version).stream().findFirst();
        });
    }

    @Override
    public List<ModelVersion> listVersions(final String model) {
        Names.model(model);
        return transactions.run("list versions of " + model, connection -> {
            OptionalLong id = RegistryRows.modelId(connection, model, false);
            return id.isEmpty() ? List.of() : RegistryRows.versions(connection, model, id.getAsLong(), 0);
        });
    }

    @Override
    public List<ModelSummary> listModels() {
        return transactions.run("list models", connection -> summaries(connection, null));
    }

    @Override
    public Optional<ModelSummary> getModel(final String model) {
        Names.model(model);
        return transactions.run("get model " + model, connection -> summaries(connection, model).stream().findFirst());
    }

    private static List<ModelSummary> summaries(final Connection connection, final String only) throws SQLException {
        String sql = "SELECT m.id, m.name, m.description, m.created_at,"
                + " (SELECT COALESCE(MAX(v.version), 0) FROM rm_version v WHERE v.model_id = m.id) AS latest"
                + " FROM rm_model m" + (only != null ? " WHERE m.name = ?" : "") + " ORDER BY m.name";
        Map<Long, Map<String, Integer>> aliases = RegistryRows.aliases(connection, 0);
        List<ModelSummary> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (only != null) {
                select.setString(1, only);
            }
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new ModelSummary(rows.getString("name"), rows.getString("description"),
                            RegistryRows.instant(rows, "created_at"), rows.getInt("latest"),
                            aliases.getOrDefault(rows.getLong("id"), Map.of())));
                }
            }
        }
        return result;
    }

    @Override
    public Optional<Integer> resolve(final String model, final String alias) {
        Names.model(model);
        Names.alias(alias);
        return transactions.run("resolve " + alias, connection -> {
            OptionalLong id = RegistryRows.modelId(connection, model, false);
            return id.isEmpty() ? Optional.<Integer>empty() : RegistryRows.holder(connection, id.getAsLong(), alias);
        });
    }

    @Override
    public Map<String, Integer> aliases(final String model) {
        Names.model(model);
        return transactions.run("aliases of " + model, connection -> {
            OptionalLong id = RegistryRows.modelId(connection, model, false);
            if (id.isEmpty()) {
                return Map.<String, Integer>of();
            }
            return new TreeMap<>(RegistryRows.aliases(connection, id.getAsLong())
                    .getOrDefault(id.getAsLong(), Map.of()));
        });
    }

    @Override
    public AliasEvent setAlias(final String model, final String alias, final int version, final Expected expected,
            final Audit audit) {
        Names.model(model);
        Names.alias(alias);
        Names.version(version);
        Names.audit(audit);
        return transactions.change(model, "move " + alias + " of " + model, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            if (RegistryRows.requireState(connection, model, modelId, version) == VersionState.ARCHIVED) {
                throw InputException.ofField("version", "version " + version + " of '" + model
                        + "' is archived and cannot be promoted");
            }
            Optional<Integer> current = RegistryRows.holder(connection, modelId, alias);
            if (!expected.matches(current)) {
                throw new ConflictException(model, alias, expected, current);
            }
            return RegistryRows.writeAliasChange(connection, modelId, model, alias, AliasEvent.Kind.MOVE, current,
                    version, audit);
        });
    }

    @Override
    public AliasEvent rollback(final String model, final String alias, final Expected expected, final Audit audit) {
        Names.model(model);
        Names.alias(alias);
        Names.audit(audit);
        return transactions.change(model, "roll back " + alias + " of " + model, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            Optional<Integer> current = RegistryRows.holder(connection, modelId, alias);
            if (!expected.matches(current)) {
                throw new ConflictException(model, alias, expected, current);
            }
            Integer target = rollbackTarget(RegistryRows.history(connection, modelId, alias));
            if (target == null) {
                throw InputException.ofField("alias", "alias '" + alias + "' of '" + model
                        + "' has no earlier holder to roll back to");
            }
            return RegistryRows.writeAliasChange(connection, modelId, model, alias, AliasEvent.Kind.ROLLBACK,
                    current, target, audit);
        });
    }

    /**
     * The holder before the newest change that no rollback has undone yet: each rollback event cancels the
     * newest change before it that is still standing, so repeated rollbacks walk back like an undo stack.
     */
    static Integer rollbackTarget(final List<AliasEvent> history) {
        int undone = 0;
        for (int i = history.size() - 1; i >= 0; i--) {
            AliasEvent event = history.get(i);
            if (event.kind() == AliasEvent.Kind.ROLLBACK) {
                undone++;
            }
            else if (undone > 0) {
                undone--;
            }
            else {
                return event.fromVersion();
            }
        }
        return null;
    }

    @Override
    public List<AliasEvent> aliasHistory(final String model, final String alias) {
        Names.model(model);
        Names.alias(alias);
        return history(model, alias);
    }

    @Override
    public List<AliasEvent> history(final String model) {
        Names.model(model);
        return history(model, null);
    }

    private List<AliasEvent> history(final String model, final String alias) {
        return transactions.run("history of " + model, connection -> {
            OptionalLong id = RegistryRows.modelId(connection, model, false);
            return id.isEmpty() ? List.<AliasEvent>of() : RegistryRows.history(connection, id.getAsLong(), alias);
        });
    }

    @Override
    public AliasEvent deleteAlias(final String model, final String alias, final Expected expected,
            final Audit audit) {
        Names.model(model);
        Names.alias(alias);
        Names.audit(audit);
        return transactions.change(model, "delete " + alias + " of " + model, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            Optional<Integer> current = RegistryRows.holder(connection, modelId, alias);
            if (!expected.matches(current)) {
                throw new ConflictException(model, alias, expected, current);
            }
            if (current.isEmpty()) {
                throw InputException.ofField("alias", "model '" + model + "' has no alias '" + alias + "'");
            }
            return RegistryRows.writeAliasChange(connection, modelId, model, alias, AliasEvent.Kind.DELETE, current,
                    null, audit);
        });
    }

    @Override
    public ModelVersion archiveVersion(final String model, final int version) {
        Names.model(model);
        Names.version(version);
        return transactions.change(model, "archive " + model + " " + version, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            RegistryRows.requireVersion(connection, model, modelId, version);
            Map<String, Integer> aliases = RegistryRows.aliases(connection, modelId).getOrDefault(modelId, Map.of());
            for (Map.Entry<String, Integer> alias : aliases.entrySet()) {
                if (alias.getValue() == version) {
                    throw new ConflictException(model, alias.getKey(), Optional.of(version), "conflict: version "
                            + version + " of '" + model + "' is held by alias '" + alias.getKey()
                            + "'; move the alias before archiving the version");
                }
            }
            updateVersion(connection, modelId, version, "state", VersionState.ARCHIVED.dbName());
            return RegistryRows.requireVersion(connection, model, modelId, version);
        });
    }

    @Override
    public ModelVersion tag(final String model, final int version, final String key, final String value) {
        Names.model(model);
        Names.version(version);
        Names.tagKey(key);
        Names.text("tag value", value, 4000, false);
        return transactions.change(model, "tag " + model + " " + version, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            Map<String, String> tags = new HashMap<>(
                    RegistryRows.requireVersion(connection, model, modelId, version).tags());
            if (value == null) {
                tags.remove(key);
            }
            else {
                tags.put(key, value);
            }
            updateVersion(connection, modelId, version, "tags", JsonColumns.write(new TreeMap<>(tags)));
            return RegistryRows.requireVersion(connection, model, modelId, version);
        });
    }

    @Override
    public ModelVersion attachEvaluation(final String model, final int version, final String name,
            final String datasetFingerprint, final Map<String, Double> metrics) {
        Names.model(model);
        Names.version(version);
        Names.evaluation(name);
        Names.metrics("metrics", metrics);
        Names.text("dataset fingerprint", datasetFingerprint, 512, false);
        return transactions.change(model, "attach evaluation to " + model + " " + version, connection -> {
            long modelId = RegistryRows.lockModel(connection, model);
            RegistryRows.requireVersion(connection, model, modelId, version);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM rm_evaluation WHERE model_id = ? AND version = ? AND name = ?")) {
                delete.setLong(1, modelId);
                delete.setInt(2, version);
                delete.setString(3, name);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rm_evaluation (model_id,"
                    + " version, name, dataset_fingerprint, metrics, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, modelId);
                insert.setInt(2, version);
                insert.setString(3, name);
                insert.setString(4, datasetFingerprint);
                insert.setString(5, JsonColumns.write(new TreeMap<>(metrics)));
                insert.setObject(6, RegistryRows.timestamp(RegistryRows.now()));
                insert.executeUpdate();
            }
            return RegistryRows.requireVersion(connection, model, modelId, version);
        });
    }

    private static void updateVersion(final Connection connection, final long modelId, final int version,
            final String column, final String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rm_version SET " + column + " = ? WHERE model_id = ? AND version = ?")) {
            update.setString(1, value);
            update.setLong(2, modelId);
            update.setInt(3, version);
            update.executeUpdate();
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
