/**
 * Initiatives of a gemeente (bewonersinitiatieven with a subsidy application, uitdaagrecht requests,
 * participatietrajecten and inspraak), their lifecycles, besluiten, participants and zienswijzen.
 */
@Export
@Version("2.2.0")
package nl.samenspraak.api.initiatief;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
