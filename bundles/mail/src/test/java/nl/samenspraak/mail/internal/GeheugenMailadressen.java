package nl.samenspraak.mail.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadres;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;

final class GeheugenMailadressen implements Mailadressen {

    private final Map<String, String> adressen = new HashMap<>();
    private final Map<String, Map<Mailsoort, Frequentie>> voorkeuren = new HashMap<>();

    @Override
    public synchronized Optional<Mailadres> van(String gebruiker) {
        return Optional.ofNullable(adressen.get(gebruiker))
                .map(a -> new Mailadres(gebruiker, a, voorkeuren.getOrDefault(gebruiker, Map.of())));
    }

    @Override
    public synchronized Mailadres bewaar(String gebruiker, String adres) {
        adressen.put(gebruiker, adres);
        return van(gebruiker).orElseThrow();
    }

    @Override
    public synchronized void stelIn(String gebruiker, Mailsoort soort, Frequentie frequentie) {
        voorkeuren.computeIfAbsent(gebruiker, g -> new EnumMap<>(Mailsoort.class)).put(soort, frequentie);
    }

    @Override
    public synchronized void verwijder(String gebruiker) {
        adressen.remove(gebruiker);
        voorkeuren.remove(gebruiker);
    }
}
