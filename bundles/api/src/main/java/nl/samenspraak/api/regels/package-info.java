/**
 * How the platform tells that a gemeente's rules cannot decide: none are in force for the date that counts.
 * (The rules themselves are the SPI in {@code nl.samenspraak.rules}.) And which rules bundles were admitted for
 * which gemeente, signed by whom, and which were refused: {@link nl.samenspraak.api.regels.Regelstoelating}.
 */
@Export
@Version("1.2.0")
package nl.samenspraak.api.regels;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
