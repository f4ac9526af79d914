package nl.samenspraak.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.wijkbudget.Stem;

/**
 * A batch of ballots of one round, checked and inserted with plain JDBC on the connection of the caller's
 * transaction. The tenant is in every statement: JPA's multitenancy does not see these. Lookups use an
 * {@link InLijst}.
 */
final class Stemmenpartij {

    /** A statement of the batch failed; the caller stores the ballots one by one instead. */
    static final class Mislukt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Mislukt(SQLException oorzaak) {
            super(oorzaak);
        }
    }

    /** The passes among the keys, each with its ballot if there is one (a ballot is never stored without its pass). */
    private static final String PASSEN = "SELECT P.SLEUTEL, S.STEMMER FROM STEMPAS P LEFT OUTER JOIN STEM S "
            + "ON S.STEMMER = P.SLEUTEL AND S.TENANT_ID = P.TENANT_ID "
            + "WHERE P.TENANT_ID = ? AND P.RONDE_ID = ? AND P.SOORT = 'PAS' AND P.SLEUTEL IN ";
    private static final String INVOEGEN = "INSERT INTO STEM (STEMMER, TENANT_ID, RONDE_ID, PLANNEN, PUNTEN, PAPIER, ONTVANGENOP) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)";

    private Stemmenpartij() {
    }

    /**
     * @return for each ballot, at its position: empty when inserted, else why it was refused (bin/DerbyFloor.java
     *         calls this by reflection to time the database's part of a ballot)
     */
    static List<Optional<RuntimeException>> bewaar(Connection verbinding, String gemeente, String rondeId, List<Stem> stemmen) {
        try {
            List<String> sleutels = stemmen.stream().map(Stem::stemmer).distinct().toList();
            Set<String> passen = new HashSet<>();
            Set<String> gestemd = new HashSet<>();
            passen(verbinding, gemeente, rondeId, sleutels, passen, gestemd);
            List<Optional<RuntimeException>> uitkomsten = new ArrayList<>(Collections.nCopies(stemmen.size(), Optional.empty()));
            boolean ingevoegd = false;
            try (PreparedStatement invoegen = verbinding.prepareStatement(INVOEGEN)) {
                for (int i : opSleutel(stemmen)) {
                    Stem stem = stemmen.get(i);
                    if (!passen.contains(stem.stemmer())) {
                        uitkomsten.set(i, Optional.of(JpaWijkbudgetStore.onbekendeStemcode()));
                    } else if (!gestemd.add(stem.stemmer())) {
                        uitkomsten.set(i, Optional.of(JpaWijkbudgetStore.alGestemd()));
                    } else {
                        voegToe(invoegen, gemeente, rondeId, stem);
                        ingevoegd = true;
                    }
                }
                if (ingevoegd) {
                    invoegen.executeBatch();
                }
            }
            return uitkomsten;
        } catch (SQLException e) {
            throw new Mislukt(e);
        }
    }

    /**
     * The ballots' positions in the order of their voter keys (a key's first ballot first). Batches written at
     * the same time (several writers, several nodes) then take the keys' locks in the same order: two batches
     * that share keys wait for each other, they never deadlock.
     */
    private static List<Integer> opSleutel(List<Stem> stemmen) {
        List<Integer> volgorde = new ArrayList<>();
        for (int i = 0; i < stemmen.size(); i++) {
            volgorde.add(i);
        }
        volgorde.sort(Comparator.comparing(i -> stemmen.get(i).stemmer()));
        return volgorde;
    }

    private static void voegToe(PreparedStatement invoegen, String gemeente, String rondeId, Stem stem) throws SQLException {
        invoegen.setString(1, stem.stemmer());
        invoegen.setString(2, gemeente);
        invoegen.setString(3, rondeId);
        invoegen.setString(4, StemEntity.plannen(stem));
        String punten = StemEntity.punten(stem);
        if (punten == null) {
            invoegen.setNull(5, Types.VARCHAR);
        } else {
            invoegen.setString(5, punten);
        }
        invoegen.setBoolean(6, stem.papier());
        invoegen.setTimestamp(7, Timestamp.from(stem.ontvangenOp()));
        invoegen.addBatch();
    }

    /** Collects which keys have a pass and which of those voted, asked in IN lists of 1, 2, 4, ... 256 (longer lists in several). */
    private static void passen(Connection verbinding, String gemeente, String rondeId, List<String> sleutels, Set<String> passen,
            Set<String> gestemd) throws SQLException {
        for (int van = 0; van < sleutels.size(); van += 256) {
            List<String> deel = InLijst.opgevuld(sleutels.subList(van, Math.min(sleutels.size(), van + 256)));
            try (PreparedStatement vraag = verbinding.prepareStatement(PASSEN + InLijst.plaatshouders(deel))) {
                vraag.setString(1, gemeente);
                vraag.setString(2, rondeId);
                for (int k = 0; k < deel.size(); k++) {
                    vraag.setString(3 + k, deel.get(k));
                }
                try (ResultSet rijen = vraag.executeQuery()) {
                    while (rijen.next()) {
                        passen.add(rijen.getString(1));
                        if (rijen.getString(2) != null) {
                            gestemd.add(rijen.getString(1));
                        }
                    }
                }
            }
        }
    }
}
