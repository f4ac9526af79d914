/**
 * The rules SPI: what differs per gemeente reaches the platform only through these interfaces.
 *
 * <p>A gemeente's rules bundle registers one or more {@link nl.samenspraak.rules.Regels} services
 * ({@link nl.samenspraak.rules.Verordening}, {@link nl.samenspraak.rules.Subsidieregeling},
 * {@link nl.samenspraak.rules.Toewijzingsproces}) with the service property
 * {@value nl.samenspraak.rules.Regels#GEMEENTE} set to its CBS code. Each service tells its title and
 * validity through {@link nl.samenspraak.rules.Regels#info()}; two versions of the same rules may be
 * installed side by side with adjacent validity periods. The platform picks, for a gemeente and a date, the
 * rules in force on that date ({@link nl.samenspraak.rules.RegelsRegister}) and records in every besluit
 * which rules, from which bundle and version, made it, with the {@link nl.samenspraak.rules.Reden reasons}
 * the rules gave, each citing its article.
 *
 * <p>Everything passed in and out is an immutable value; implementations must be side-effect free and
 * answer quickly.
 */
@Export
@Version("1.2.0")
package nl.samenspraak.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
