/**
 * The rule-bundle test kit: unit-test a gemeente's rules without Karaf.
 *
 * <ul>
 * <li>{@link nl.samenspraak.rules.testkit.Regelstoets}: builders with sensible defaults
 * ({@code aanvraag()}, {@code uitdaagverzoek()}, {@code ronde(...)}) and fluent checks of what the rules
 * decide: outcome, amount, the articles the reasons cite, terms and their last day.</li>
 * <li>{@link nl.samenspraak.rules.testkit.Contract}: what every rules service must do, derived from what it
 * publishes (maxima, lead time, ages, supporters); or extend {@code SubsidieregelingContract},
 * {@code VerordeningContract}, {@code ToewijzingsprocesContract}.</li>
 * <li>{@link nl.samenspraak.rules.testkit.Versies}: which of several dated versions the platform applies on a
 * day, and that versions of one regulation do not overlap.</li>
 * </ul>
 * Every failed check throws an {@link java.lang.AssertionError} that names what the rules answered.
 */
@Export
@Version("1.1.0")
package nl.samenspraak.rules.testkit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
