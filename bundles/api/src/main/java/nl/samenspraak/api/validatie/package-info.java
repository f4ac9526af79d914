/**
 * Refusals of the domain: {@link nl.samenspraak.api.validatie.DomeinException}, the base of every domain
 * exception with its kind, and refused input told field by field, so that every interface (REST, shell) can
 * name each field that does not comply and why.
 */
@Export
@Version("1.3.0")
package nl.samenspraak.api.validatie;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
