package nl.samenspraak.persistence.internal;

import java.util.Objects;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.eclipse.persistence.config.PersistenceUnitProperties;

import nl.samenspraak.api.gemeente.CbsCodes;

/**
 * Runs work in a transaction on behalf of one gemeente: the only way stores reach multitenant entities.
 * <p>
 * Every multitenant entity carries {@code @Multitenant(SINGLE_TABLE)} with
 * {@code @TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT)}. EclipseLink
 * then writes the tenant into every row it inserts and adds {@code TENANT_ID = ?} to every query, find and
 * lock it issues, and fails (EclipseLink-6174) when no tenant is set: forgetting this helper fails closed.
 * The tenant is set as the first thing on the entity manager, which Aries hands out fresh per outermost
 * transaction; a nested call for another gemeente would re-scope the outer transaction and is refused.
 * <p>
 * The persistence unit sets {@code eclipselink.multitenant.tenants-share-cache=false}: with the tenant set
 * per entity manager, EclipseLink then keeps multitenant entities out of the shared cache, so one gemeente's
 * rows can never be served from a cache filled by another.
 */
final class TenantJpa {

    static final String TENANT = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    private final JpaTemplate jpa;

    TenantJpa(JpaTemplate jpa) {
        this.jpa = Objects.requireNonNull(jpa, "jpa");
    }

    /** Runs {@code work} in a transaction (joining one already running for the same gemeente) for this gemeente. */
    <R> R tx(String gemeente, EmFunction<R> work) {
        if (!CbsCodes.isGemeenteCode(gemeente)) {
            throw new IllegalArgumentException("not a gemeente code: " + gemeente);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            scope(em, gemeente);
            return work.apply(em);
        });
    }

    private static void scope(EntityManager em, String gemeente) {
        Object current = em.getProperties().get(TENANT);
        if (current != null && !gemeente.equals(current)) {
            throw new IllegalStateException("A transaction for gemeente " + current + " cannot act for " + gemeente);
        }
        em.setProperty(TENANT, gemeente);
    }
}
