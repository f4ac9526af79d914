package nl.samenspraak.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One resident's support for one plan; the id (plan and resident) makes a second one impossible. */
@Entity
@Table(name = "STEUN")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class SteunEntity {

    @Id
    @Column(length = 250)
    private String id;

    @Column(name = "PLAN_ID", nullable = false, length = 36)
    private String planId;

    protected SteunEntity() {
        // for JPA
    }

    SteunEntity(String planId, String steuner) {
        this.id = planId + "/" + steuner;
        this.planId = planId;
    }

    static String id(String planId, String steuner) {
        return planId + "/" + steuner;
    }
}
