package nl.samenspraak.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A registered voting pass or a resident who received one: only keyed hashes, and the two kinds in
 * separate rows, so that nothing links a resident to a pass and so to a ballot.
 */
@Entity
@Table(name = "STEMPAS")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class StempasEntity {

    enum Soort {
        PAS,
        KIEZER
    }

    /** The keyed hash; unique across rounds because the round is part of what is hashed. */
    @Id
    @Column(length = 64)
    private String sleutel;

    @Column(name = "RONDE_ID", nullable = false, length = 36)
    private String rondeId;

    @Column(nullable = false, length = 6)
    private String soort;

    protected StempasEntity() {
        // for JPA
    }

    StempasEntity(String sleutel, String rondeId, Soort soort) {
        this.sleutel = sleutel;
        this.rondeId = rondeId;
        this.soort = soort.name();
    }
}
