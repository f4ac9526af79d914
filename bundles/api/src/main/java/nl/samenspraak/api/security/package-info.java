/**
 * Who is acting, and in which role for which gemeente.
 */
@Export
@Version("1.3.0")
package nl.samenspraak.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
