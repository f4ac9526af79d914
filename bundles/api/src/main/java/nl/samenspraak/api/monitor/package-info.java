/**
 * The Participatiemonitor: questionnaires that participants answer after a traject phase, an inspraak, a
 * besluit or a wijkbudget result, the project leader's self-evaluation, and indicators computed from what the
 * platform records.
 */
@Export
@Version("1.1.0")
package nl.samenspraak.api.monitor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
