package nl.samenspraak.api.health;

import java.util.Objects;

/**
 * The outcome of one {@link HealthCheck}.
 */
public record Health(boolean up, String detail) {

    public Health {
        Objects.requireNonNull(detail, "detail");
    }

    public static Health up(String detail) {
        return new Health(true, detail);
    }

    public static Health down(String detail) {
        return new Health(false, detail);
    }
}
