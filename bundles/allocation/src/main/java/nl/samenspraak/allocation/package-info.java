/**
 * Participatory-budgeting allocation: the instance and ballot model, the rules, and the outcome with
 * its explanation. Entry point: {@link nl.samenspraak.allocation.AllocationEngine}.
 */
@Export
@Version("1.0.0")
package nl.samenspraak.allocation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
