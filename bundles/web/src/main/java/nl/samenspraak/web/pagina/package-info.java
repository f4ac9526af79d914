/**
 * The page foundation: a bundle contributes pages by registering {@link nl.samenspraak.web.pagina.Pagina}
 * services with a {@code pagina.pad} property; the platform routes to them, signs users in, checks CSRF tokens,
 * renders their FreeMarker templates inside the gemeente's layout and turns every failure into a page in Dutch.
 */
@Export
@Version("1.4.0")
package nl.samenspraak.web.pagina;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
