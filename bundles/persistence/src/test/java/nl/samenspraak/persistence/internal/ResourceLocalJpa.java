package nl.samenspraak.persistence.internal;

import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;

import liquibase.resource.ClassLoaderResourceAccessor;

import nl.samenspraak.schema.internal.SchemaMigraties;

/**
 * The bundle's own persistence unit outside OSGi: {@code META-INF/persistence.xml} as shipped, on a fresh
 * in-memory Derby database migrated by the shipped changelog, behind a {@link JpaTemplate} that behaves like Aries' resource-local one (a fresh
 * entity manager per outermost transaction, bound to the thread; nested calls join it; a runtime exception
 * rolls the whole transaction back).
 */
final class ResourceLocalJpa implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> lopend = new ThreadLocal<>();

    ResourceLocalJpa() {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("memory:samenspraak-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        try {
            // the schema as the platform makes it: by the migrations, not by EclipseLink
            SchemaMigraties.migreer(derby, new ClassLoaderResourceAccessor(ResourceLocalJpa.class.getClassLoader()), true);
        } catch (Exception e) {
            throw new IllegalStateException("the migrations did not run on the in-memory database", e);
        }
        emf = Persistence.createEntityManagerFactory("samenspraak", Map.of(
                PersistenceUnitProperties.NON_JTA_DATASOURCE, derby,
                PersistenceUnitProperties.WEAVING, "false"));
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new UnsupportedOperationException("Aries' resource-local template supports Required only");
        }
        EntityManager em = lopend.get();
        if (em != null) {
            return code.apply(em);
        }
        em = emf.createEntityManager();
        lopend.set(em);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            R result = code.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            lopend.remove();
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
    }
}
