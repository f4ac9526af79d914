package nl.samenspraak.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The fingerprint of a changelog, and whether a database was brought up to date with exactly that changelog
 * (table SCHEMASTEMPEL, changeset 9). Liquibase needs seconds of a node's start to find that it has nothing to do
 * (loading itself, reading the changelog, taking its lock); one query here answers the same question for a node
 * whose changelog has not changed since it last ran on this database, byte for byte. A fingerprint is recorded only
 * after Liquibase succeeded, so a database that a failed or partial migration left behind is migrated again.
 * <p>
 * Several versions of the platform may share a database during a rolling upgrade: each records its own fingerprint,
 * so each skips Liquibase on its own next start.
 */
final class SchemaStempel {

    private static final String CHANGELOG_MAP = "db/changelog";

    private SchemaStempel() {
    }

    /**
     * SHA-256 over the changelog and every file of {@value #CHANGELOG_MAP}, by path and content, in the order of
     * their paths.
     */
    static String vingerafdruk(ResourceAccessor bronnen, String changelog) throws IOException {
        List<Resource> bestanden = new ArrayList<>(Objects.requireNonNullElse(bronnen.getAll(changelog), List.of()));
        for (Resource bestand : bronnen.search(CHANGELOG_MAP, true)) {
            if (!bestand.getPath().endsWith("/")) { // a bundle lists its folders as entries too
                bestanden.add(bestand);
            }
        }
        bestanden.sort(Comparator.comparing(Resource::getPath));
        MessageDigest sha256 = sha256();
        for (Resource bestand : bestanden) {
            sha256.update(bestand.getPath().getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            try (InputStream in = bestand.openInputStream()) {
                sha256.update(in.readAllBytes());
            }
            sha256.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Whether this database was brought up to date with the changelog of this fingerprint. */
    static boolean staatOp(Connection connection, String vingerafdruk) {
        try (PreparedStatement zoek = connection.prepareStatement("SELECT 1 FROM SCHEMASTEMPEL WHERE VINGERAFDRUK = ?")) {
            zoek.setString(1, vingerafdruk);
            try (ResultSet rij = zoek.executeQuery()) {
                return rij.next();
            }
        } catch (SQLException e) {
            // a new database, or one from before changeset 9: no table yet, so Liquibase decides
            herstel(connection);
            return false;
        }
    }

    /** Records that this database is up to date with the changelog of this fingerprint; once per fingerprint. */
    static void zet(Connection connection, String vingerafdruk) throws SQLException {
        if (staatOp(connection, vingerafdruk)) {
            return;
        }
        try (PreparedStatement zet = connection.prepareStatement(
                "INSERT INTO SCHEMASTEMPEL (VINGERAFDRUK, BIJGEWERKT) VALUES (?, ?)")) {
            zet.setString(1, vingerafdruk);
            zet.setTimestamp(2, Timestamp.from(Instant.now()));
            zet.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            herstel(connection);
            if (!staatOp(connection, vingerafdruk)) { // another node, started at the same moment, was first: fine
                throw e;
            }
        }
    }

    /** PostgreSQL refuses every statement in a transaction after a failed one. */
    private static void herstel(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // the connection itself is broken; the next statement says so
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
