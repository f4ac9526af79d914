package nl.samenspraak.mail.internal;

import java.util.Objects;
import java.util.Optional;

/** One rendered mail, ready for SMTP. */
record Mail(String aan, Afzender afzender, String onderwerp, String tekst, String html, Optional<String> afmeldlink) {

    Mail {
        Objects.requireNonNull(aan, "aan");
        Objects.requireNonNull(afzender, "afzender");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(tekst, "tekst");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(afmeldlink, "afmeldlink");
    }
}
