package nl.samenspraak.api.tijd;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What day and time it is in the Netherlands, for every part of the platform alike: terms, ages and the day
 * a request counts as received all follow the Dutch calendar, whatever zone the machine runs in. A test sets
 * the time by giving a {@link Clock} of its own ({@code Kalender k = () -> clock;}).
 */
@ProviderType
@FunctionalInterface
public interface Kalender {

    /** The zone of Dutch law and of the gemeenten: the one place the platform names it. */
    ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** The clock everything reads, in {@link #NEDERLAND}. */
    Clock klok();

    default Instant nu() {
        return klok().instant();
    }

    /** Today in the Netherlands. */
    default LocalDate vandaag() {
        return LocalDate.ofInstant(nu(), NEDERLAND);
    }

    /** The Dutch calendar day of a moment. */
    static LocalDate dag(Instant moment) {
        return LocalDate.ofInstant(moment, NEDERLAND);
    }
}
