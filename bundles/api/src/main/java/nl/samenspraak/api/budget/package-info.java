/**
 * Budgets of a gemeente and their ledger (grootboek), with exact money.
 * <p>
 * A {@link nl.samenspraak.api.budget.Budget} belongs to one gemeente, optionally to one of its wijken and a
 * subsidy scheme (regeling), for a period, with a ceiling (the subsidieplafond). Its figures are never stored
 * but always derived from the ledger of {@link nl.samenspraak.api.budget.Boeking}en; see
 * {@link nl.samenspraak.api.budget.Saldo} for the arithmetic and the rules that refuse a booking.
 */
@Export
@Version("2.0.0")
package nl.samenspraak.api.budget;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
