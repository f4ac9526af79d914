package nl.samenspraak.shell.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;

/** The rows of {@code samenspraak:outbox}. A vote receipt's address is never shown: only that it has one. */
final class Outboxoverzicht {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private Outboxoverzicht() {
    }

    static String telling(Map<Berichtstatus, Long> telling) {
        return telling.entrySet().stream().map(e -> e.getKey().naam() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static Overzicht.Tabel berichten(List<Bericht> berichten) {
        List<List<String>> rijen = new ArrayList<>();
        for (Bericht b : berichten) {
            rijen.add(List.of(b.id(), b.gemeente(), b.soort().naam(), aan(b), status(b), String.valueOf(b.pogingen()),
                    TIJD.format(b.aangemaaktOp()), b.verzondenOp().map(TIJD::format)
                            .orElse(b.status() == Berichtstatus.WACHTEND ? "volgende poging " + TIJD.format(b.volgendePoging()) : ""),
                    b.laatsteFout().orElse("")));
        }
        return new Overzicht.Tabel(List.of("Id", "Gemeente", "Soort", "Aan", "Status", "Pogingen", "Aangemaakt", "Verzonden",
                "Laatste fout"), rijen);
    }

    private static String aan(Bericht b) {
        if (b.gebruiker().isPresent()) {
            return b.gebruiker().get();
        }
        return b.adres().isPresent() ? "(opgegeven adres)" : "(ambtenaren)";
    }

    private static String status(Bericht b) {
        return b.faalt() ? "faalt" : b.status().naam();
    }
}
