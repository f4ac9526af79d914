package nl.samenspraak.schema.internal;

import java.sql.Connection;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.GlobalConfiguration;
import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;

/**
 * Brings the samenspraak database to the schema the persistence bundle's entities expect, with the Liquibase
 * changelog {@value #CHANGELOG}, before anything uses it; then offers the same datasource again as
 * {@code (samenspraak.schema=bijgewerkt)}, which is the only datasource the persistence unit accepts (see
 * {@code persistence.xml} in bundles/persistence). So no EntityManagerFactory, and therefore no store, exists on
 * a database that is not migrated, and EclipseLink never creates or changes a table.
 * <p>
 * A bundle of its own, apart from the persistence bundle: it needs neither JPA nor the domain, and the persistence
 * bundle needs no Liquibase.
 * <p>
 * Several nodes may start at once on one database: Liquibase's lock table lets one of them migrate while the
 * others wait. A database written before migrations existed (tables made by EclipseLink) has no changelog
 * table; the first changesets find their tables there and are only recorded (see the changelog). A database that
 * records the fingerprint of this very changelog ({@link SchemaStempel}) is not handed to Liquibase at all.
 */
@Component(immediate = true)
public class SchemaMigraties {

    static final String CHANGELOG = "db/changelog.xml";
    static final String SCHEMA_PROPERTY = "samenspraak.schema";
    static final String BIJGEWERKT = "bijgewerkt";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigraties.class);

    /**
     * Liquibase reports at INFO, with a stack trace, that it cannot offer {@code loadData} (which needs opencsv, not
     * shipped: the changelog never loads CSV). Held here because java.util.logging keeps loggers weakly.
     */
    private static final java.util.logging.Logger DIENSTZOEKER = java.util.logging.Logger.getLogger("liquibase.servicelocator");

    static {
        DIENSTZOEKER.setLevel(java.util.logging.Level.WARNING);
    }

    private static final long EERSTE_PAUZE_SECONDEN = 2;
    private static final long LANGSTE_PAUZE_SECONDEN = 60;

    private final BundleContext context;
    private final DataSource dataSource;
    private final ScheduledExecutorService migratie =
            Executors.newSingleThreadScheduledExecutor(taak -> new Thread(taak, "samenspraak-schema-migratie"));
    private long pauzeSeconden = EERSTE_PAUZE_SECONDEN;
    private ServiceRegistration<DataSource> registratie;
    private boolean gestopt;

    /**
     * Migrates on a thread of its own and tries again when it fails: a database that answers too slowly at first
     * boot (a login timeout on a busy machine) or is briefly unreachable must not leave the node without its
     * persistence until someone restarts it.
     */
    @Activate
    public SchemaMigraties(BundleContext context,
            @Reference(target = "(&(osgi.jndi.service.name=samenspraak)(!(" + SCHEMA_PROPERTY + "=*)))") DataSource dataSource) {
        this.context = context;
        this.dataSource = dataSource;
        migratie.execute(this::probeer);
    }

    private void probeer() {
        try {
            String database = migreer(dataSource, new BundelBronnen(context.getBundle()), false);
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("osgi.jndi.service.name", "samenspraak");
            properties.put(SCHEMA_PROPERTY, BIJGEWERKT);
            properties.put("samenspraak.database", database);
            synchronized (this) {
                if (!gestopt) {
                    registratie = context.registerService(DataSource.class, dataSource, properties);
                }
            }
        } catch (LinkageError e) {
            LOG.error("Liquibase could not load or initialise its classes in this node, and a class that failed stays failed: "
                    + "restart the node, or run bundle:refresh org.liquibase.core (the platform tries again in {} s all the same)",
                    pauzeSeconden, e);
            opnieuw();
        } catch (Exception e) {
            LOG.error("Could not bring the samenspraak database up to date; the platform waits for it and tries again in {} s",
                    pauzeSeconden, e);
            opnieuw();
        }
    }

    private void opnieuw() {
        synchronized (this) {
            if (!gestopt) {
                migratie.schedule(this::probeer, pauzeSeconden, TimeUnit.SECONDS);
            }
        }
        pauzeSeconden = Math.min(LANGSTE_PAUZE_SECONDEN, pauzeSeconden * 2);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        synchronized (this) {
            gestopt = true;
            if (registratie != null) {
                registratie.unregister();
            }
        }
        migratie.shutdownNow();
        migratie.awaitTermination(30, TimeUnit.SECONDS);
    }

    /**
     * Runs every changeset not yet applied, unless this database records that it is up to date with this very
     * changelog (SchemaStempel); answers the database's product name and version. {@code tegenXsd}: check
     * the changelog against Liquibase's XML schema first. The unit tests do (they run this changelog on every build);
     * a node does not, at every start: the changelog in its own bundle is the one those tests checked. Public for
     * those tests (bundles/persistence), which run outside OSGi; the bundle exports nothing.
     */
    public static String migreer(DataSource dataSource, liquibase.resource.ResourceAccessor bronnen, boolean tegenXsd) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return migreer(connection, bronnen, tegenXsd);
        }
    }

    static String migreer(Connection connection, liquibase.resource.ResourceAccessor bronnen, boolean tegenXsd) throws Exception {
        String naam = connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        String vingerafdruk = SchemaStempel.vingerafdruk(bronnen, CHANGELOG);
        if (SchemaStempel.staatOp(connection, vingerafdruk)) {
            LOG.info("Schema of the samenspraak database ({}) is up to date with {}: this changelog (SHA-256 {}) ran on it "
                    + "before, so Liquibase is not needed", naam, CHANGELOG, vingerafdruk);
            return naam;
        }
        // Liquibase finds its own parts with ServiceLoader in the thread's context class loader, from its first use on
        // (its root scope is made then). Its own bundle's loader always sees them, as long as nothing stands between:
        // the platform ships it without the manifest headers through which SPI Fly would (bundles/liquibase).
        Thread thread = Thread.currentThread();
        ClassLoader eerder = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        try {
            migreerMetLiquibase(connection, bronnen, tegenXsd);
        } finally {
            thread.setContextClassLoader(eerder);
        }
        SchemaStempel.zet(connection, vingerafdruk);
        LOG.info("Schema of the samenspraak database ({}) is up to date with {} (SHA-256 {})", naam, CHANGELOG, vingerafdruk);
        return naam;
    }

    private static void migreerMetLiquibase(Connection connection, liquibase.resource.ResourceAccessor bronnen, boolean tegenXsd)
            throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        // no usage reports leave the server; progress goes to the log, not to the console of whoever started Karaf
        Scope.child(Map.of(AnalyticsArgs.ENABLED.getKey(), false, Scope.Attr.resourceAccessor.name(), bronnen,
                Scope.Attr.ui.name(), new LoggerUIService(),
                GlobalConfiguration.VALIDATE_XML_CHANGELOG_FILES.getKey(), tegenXsd), () ->
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute());
    }
}
