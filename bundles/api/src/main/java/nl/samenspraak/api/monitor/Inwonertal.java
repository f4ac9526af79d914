package nl.samenspraak.api.monitor;

import java.util.Objects;

/**
 * The inhabitants of a wijk as the gemeente configured them, with where the number comes from: turnout is a share
 * of it.
 *
 * @param bron e.g. "CBS Kerncijfers wijken en buurten"
 * @param jaar the year the number describes
 */
public record Inwonertal(String wijk, long inwoners, String bron, int jaar) {

    public Inwonertal {
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(bron, "bron");
        if (inwoners <= 0) {
            throw new IllegalArgumentException("a wijk has inhabitants");
        }
    }
}
