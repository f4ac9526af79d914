package nl.samenspraak.itests;

import org.ops4j.pax.exam.Option;

/** {@link TenantMatrixIT} on PostgreSQL (the wall between gemeenten): the same tests, the node switched by its datasource configuration. */
public class TenantMatrixPostgresIT extends TenantMatrixIT {

    @Override
    protected Option database() {
        return postgres("tenantmatrixpostgresit");
    }
}
