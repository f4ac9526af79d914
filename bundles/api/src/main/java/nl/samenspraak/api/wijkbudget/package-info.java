/**
 * Wijkbudget rounds: plans, support, feasibility, personal voting codes, ballots and the result.
 */
@Export
@Version("2.2.0")
package nl.samenspraak.api.wijkbudget;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
