package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.wijkbudget.Stem;

/**
 * A ballot under its voter key, which is its primary key: a second ballot of the same voter cannot be
 * inserted, also not by two racing requests.
 */
@Entity
@Table(name = "STEM")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class StemEntity {

    @Id
    @Column(length = 64)
    private String stemmer;

    @Column(name = "RONDE_ID", nullable = false, length = 36)
    private String rondeId;

    @Column(nullable = false, length = 4000)
    private String plannen;

    @Column(length = 4000)
    private String punten;

    private boolean papier;

    @Column(nullable = false)
    private Instant ontvangenOp;

    protected StemEntity() {
        // for JPA
    }

    StemEntity(String rondeId, Stem stem) {
        this.stemmer = stem.stemmer();
        this.rondeId = rondeId;
        this.plannen = plannen(stem);
        this.punten = punten(stem);
        this.papier = stem.papier();
        this.ontvangenOp = stem.ontvangenOp();
    }

    /** The PLANNEN column: the plan ids in the ballot's order. */
    static String plannen(Stem stem) {
        return String.join(",", stem.plannen());
    }

    /** The PUNTEN column: the points per plan in the order of {@link #plannen}, or null for an approval ballot. */
    static String punten(Stem stem) {
        return stem.punten().isEmpty() ? null : stem.plannen().stream().map(p -> String.valueOf(stem.punten().get(p)))
                .collect(Collectors.joining(","));
    }

    Stem toStem() {
        List<String> ids = plannen.isEmpty() ? List.of() : List.of(plannen.split(","));
        Map<String, Integer> perPlan = new LinkedHashMap<>();
        if (punten != null) {
            List<Integer> waarden = Arrays.stream(punten.split(",")).map(Integer::valueOf).toList();
            for (int i = 0; i < ids.size(); i++) {
                perPlan.put(ids.get(i), waarden.get(i));
            }
        }
        return new Stem(stemmer, ids, perPlan, papier, ontvangenOp);
    }
}
