package io.modelci.registry;

import io.modelci.InputException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The SQL of the registry, statement by statement, on a connection inside a transaction. */
final class RegistryRows {
    private static final String VERSION_COLUMNS =
            "version, state, created_at, artifacts, params, metrics, lineage, tags";
    private static final String EVENT_COLUMNS = "e.id, m.name, e.alias_name, e.kind, e.from_version, e.to_version,"
            + " e.happened_at, e.who, e.reason, e.verdict, e.build_url";

    private RegistryRows() {
    }

    /** Now, at the precision both databases store (microseconds). */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime timestamp(final Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(final ResultSet rows, final String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The model's id, with its row locked until the transaction ends when {@code lock} is set. */
    static OptionalLong modelId(final Connection connection, final String model, final boolean lock)
            throws SQLException {
        String sql = "SELECT id FROM rm_model WHERE name = ?" + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, model);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Locks the model's row: every change to a model's versions and aliases takes this lock first, so they are
     * applied one after the other on H2 and PostgreSQL alike, and a compare-and-set reads the latest holder.
     */
    static long lockModel(final Connection connection, final String model) throws SQLException {
        return modelId(connection, model, true)
                .orElseThrow(() -> InputException.ofField("model", "no model named '" + model + "'"));
    }

    static long insertModel(final Connection connection, final String model, final String description,
            final Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rm_model (name, description, created_at) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, model);
            insert.setString(2, description);
            insert.setObject(3, timestamp(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        }
    }

    static int nextVersion(final Connection connection, final long modelId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM rm_version WHERE model_id = ?")) {
            select.setLong(1, modelId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static void insertVersion(final Connection connection, final long modelId, final int version,
            final NewVersion content, final Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rm_version (model_id, "
                + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, modelId);
            insert.setInt(2, version);
            insert.setString(3, VersionState.CANDIDATE.dbName());
            insert.setObject(4, timestamp(now));
            insert.setString(5, JsonColumns.write(content.artifacts()));
            insert.setString(6, JsonColumns.write(content.params()));
            insert.setString(7, JsonColumns.write(content.metrics()));
            insert.setString(8, JsonColumns.write(content.lineage()));
            insert.setString(9, JsonColumns.write(content.tags()));
            insert.executeUpdate();
        }
    }

    /** The versions of a model (one when {@code version} is positive, all when it is 0), oldest first. */
    static List<ModelVersion> versions(final Connection connection, final String model, final long modelId,
            final int version) throws SQLException {
        Map<Integer, Map<String, Evaluation>> evaluations = evaluations(connection, modelId, version);
        String sql = "SELECT " + VERSION_COLUMNS + " FROM rm_version WHERE model_id = ?"
                + (version > 0 ? " AND version = ?" : "") + " ORDER BY version";
        List<ModelVersion> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, modelId);
            if (version > 0) {
                select.setInt(2, version);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt("version");
                    result.add(new ModelVersion(model, number, VersionState.ofDbName(rows.getString("state")),
                            instant(rows, "created_at"), JsonColumns.artifacts(rows.getString("artifacts")),
                            JsonColumns.strings(rows.getString("params")),
                            JsonColumns.metrics(rows.getString("metrics")),
                            evaluations.getOrDefault(number, Map.of()),
                            JsonColumns.lineage(rows.getString("lineage")),
                            JsonColumns.strings(rows.getString("tags"))));
                }
            }
        }
        return result;
    }

    static ModelVersion requireVersion(final Connection connection, final String model, final long modelId,
            final int version) throws SQLException {
        List<ModelVersion> found = versions(connection, model, modelId, version);
        if (found.isEmpty()) {
            throw InputException.ofField("version", "model '" + model + "' has no version " + version);
        }
        return found.get(0);
    }

    /** A version's state, without reading its data: what the hot promotion path needs. */
    static VersionState requireState(final Connection connection, final String model, final long modelId,
            final int version) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state FROM rm_version WHERE model_id = ? AND version = ?")) {
            select.setLong(1, modelId);
            select.setInt(2, version);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw InputException.ofField("version", "model '" + model + "' has no version " + version);
                }
                return VersionState.ofDbName(rows.getString(1));
            }
        }
    }

    private static Map<Integer, Map<String, Evaluation>> evaluations(final Connection connection,
            final long modelId, final int version) throws SQLException {
        String sql = "SELECT version, name, dataset_fingerprint, metrics, created_at FROM rm_evaluation"
                + " WHERE model_id = ?" + (version > 0 ? " AND version = ?" : "");
        Map<Integer, Map<String, Evaluation>> result = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, modelId);
            if (version > 0) {
                select.setInt(2, version);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Evaluation evaluation = new Evaluation(rows.getString("name"),
                            rows.getString("dataset_fingerprint"), JsonColumns.metrics(rows.getString("metrics")),
                            instant(rows, "created_at"));
                    result.computeIfAbsent(rows.getInt("version"), v -> new TreeMap<>())
                            .put(evaluation.name(), evaluation);
                }
            }
        }
        return result;
    }

    static Optional<Integer> holder(final Connection connection, final long modelId, final String alias)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM rm_alias WHERE model_id = ? AND alias_name = ?")) {
            select.setLong(1, modelId);
            select.setString(2, alias);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
            }
        }
    }

    /** Alias to version for the given model, or for all models (keyed by model id) when modelId is 0. */
    static Map<Long, Map<String, Integer>> aliases(final Connection connection, final long modelId)
            throws SQLException {
        String sql = "SELECT model_id, alias_name, version FROM rm_alias" + (modelId > 0 ? " WHERE model_id = ?" : "");
        Map<Long, Map<String, Integer>> result = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (modelId > 0) {
                select.setLong(1, modelId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getLong(1), id -> new TreeMap<>())
                            .put(rows.getString(2), rows.getInt(3));
                }
            }
        }
        return result;
    }

    /** Writes a history event and the alias row it describes; the caller holds the model lock. */
    static AliasEvent writeAliasChange(final Connection connection, final long modelId, final String model,
            final String alias, final AliasEvent.Kind kind, final Optional<Integer> from, final Integer to,
            final Audit audit) throws SQLException {
        Instant now = now();
        long eventId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rm_alias_event (model_id,"
                + " alias_name, kind, from_version, to_version, happened_at, who, reason, verdict, build_url)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, modelId);
            insert.setString(2, alias);
            insert.setString(3, kind.name().toLowerCase(Locale.ROOT));
            insert.setObject(4, from.orElse(null), java.sql.Types.INTEGER);
            insert.setObject(5, to, java.sql.Types.INTEGER);
            insert.setObject(6, timestamp(now));
            insert.setString(7, audit.who());
            insert.setString(8, audit.reason());
            insert.setString(9, audit.verdict());
            insert.setString(10, audit.buildUrl());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                eventId = keys.getLong("id");
            }
        }
        String sql;
        if (to == null) {
            sql = "DELETE FROM rm_alias WHERE model_id = ? AND alias_name = ? AND version = ?";
        }
        else if (from.isPresent()) {
            sql = "UPDATE rm_alias SET version = ?, last_event_id = ? WHERE model_id = ? AND alias_name = ?"
                    + " AND version = ?";
        }
        else {
            sql = "INSERT INTO rm_alias (version, last_event_id, model_id, alias_name) VALUES (?, ?, ?, ?)";
        }
        try (PreparedStatement change = connection.prepareStatement(sql)) {
            int index = 1;
            if (to != null) {
                change.setInt(index++, to);
                change.setLong(index++, eventId);
            }
            change.setLong(index++, modelId);
            change.setString(index++, alias);
            if (from.isPresent()) {
                change.setInt(index, from.get());
            }
            if (change.executeUpdate() != 1) {
                // the model lock makes this unreachable; if it is reached, roll back rather than diverge
                throw new IllegalStateException("alias '" + alias + "' of '" + model + "' changed under its lock");
            }
        }
        return new AliasEvent(eventId, model, alias, kind, from.orElse(null), to, now, audit.who(), audit.reason(),
                audit.verdict(), audit.buildUrl());
    }

    /** Alias history, oldest first; all aliases of the model when {@code alias} is null. */
    static List<AliasEvent> history(final Connection connection, final long modelId, final String alias)
            throws SQLException {
        String sql = "SELECT " + EVENT_COLUMNS + " FROM rm_alias_event e JOIN rm_model m ON m.id = e.model_id"
                + " WHERE e.model_id = ?" + (alias != null ? " AND e.alias_name = ?" : "") + " ORDER BY e.id";
        List<AliasEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, modelId);
            if (alias != null) {
                select.setString(2, alias);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new AliasEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                            AliasEvent.Kind.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
                            rows.getObject(5, Integer.class), rows.getObject(6, Integer.class),
                            rows.getObject(7, OffsetDateTime.class).toInstant(), rows.getString(8),
                            rows.getString(9), rows.getString(10), rows.getString(11)));
                }
            }
        }
        return events;
    }
}
