package nl.samenspraak.core.internal.wijkbudget;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.validatie.TeVaakGeprobeerdException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.core.internal.security.Afremmer;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;

/**
 * Personal voting codes and digital ballots. A code is shown once, when issued; only keyed hashes of the code
 * and of the resident are stored, apart from each other, so no row links a resident to a ballot.
 */
@Component(service = StemService.class)
public class Stemmen implements StemService {

    private static final String CODETEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Typos happen: 10 wrong codes per address and 100 per round cost nothing; then 1 s, doubling, at most 60 s. */
    private final Afremmer perAdres = new Afremmer(10, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15),
            100_000, System::nanoTime);
    private final Afremmer perRonde = new Afremmer(100, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15),
            100_000, System::nanoTime);

    private final WijkbudgetStore store;
    private final Stemgeheim geheim;
    private final Stembus stembus;
    private final Kalender kalender;
    private final Rondeopvraag rondes;

    @Activate
    public Stemmen(@Reference WijkbudgetStore store, @Reference GemeenteRegistry gemeenten, @Reference Stemgeheim geheim,
            @Reference Stembus stembus, @Reference Kalender kalender) {
        this.store = store;
        this.geheim = geheim;
        this.stembus = stembus;
        this.kalender = kalender;
        this.rondes = new Rondeopvraag(store, gemeenten);
    }

    @Override
    public Stempassen geefStempassenUit(String gemeente, String rondeId, List<Kiezer> kiezers, String door) {
        Ronde ronde = rondes.get(gemeente, rondeId);
        Rondeopzet opzet = ronde.opzet();
        LocalDate peildag = ronde.planning().getOrDefault(Fase.STEMMEN, kalender.vandaag());
        Map<String, Reden> geweigerd = new LinkedHashMap<>();
        List<String> kenmerken = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Overtreding> fouten = new ArrayList<>();
        for (int i = 0; i < kiezers.size(); i++) {
            Kiezer kiezer = kiezers.get(i);
            if (kiezer == null || kiezer.kenmerk() == null || kiezer.kenmerk().isBlank() || kiezer.geboortedatum() == null) {
                fouten.add(new Overtreding("kiezers[" + i + "]", "kenmerk en geboortedatum zijn verplicht"));
                continue;
            }
            int leeftijd = Period.between(kiezer.geboortedatum(), peildag).getYears();
            if (leeftijd < opzet.minimumleeftijd()) {
                geweigerd.put(kiezer.kenmerk(), new Reden(opzet.grondslag().artikel(), "Stemmen kan vanaf "
                        + opzet.minimumleeftijd() + " jaar; op " + peildag + " is deze bewoner " + leeftijd + "."));
            } else if (opzet.alleenWijkbewoners() && !ronde.wijk().equals(kiezer.wijk())) {
                geweigerd.put(kiezer.kenmerk(), new Reden(opzet.grondslag().artikel(), "Alleen bewoners van wijk " + ronde.wijk()
                        + " stemmen; deze bewoner woont in " + (kiezer.wijk() == null ? "een onbekende wijk" : kiezer.wijk()) + "."));
            } else {
                kenmerken.add(kiezer.kenmerk());
                codes.add(nieuweCode());
            }
        }
        OngeldigeInvoerException.alsNodig(fouten);
        List<Boolean> geregistreerd = store.registreerStempassen(gemeente, rondeId,
                codes.stream().map(code -> stembus.kiezerSleutel(gemeente, rondeId, code)).toList(),
                kenmerken.stream().map(k -> geheim.hash(gemeente, rondeId, "kiezer", k)).toList());
        Map<String, String> uitgegeven = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            if (geregistreerd.get(i)) {
                uitgegeven.put(kenmerken.get(i), codes.get(i));
            } else {
                geweigerd.put(kenmerken.get(i), new Reden(opzet.grondslag().artikel(), "Deze bewoner heeft al een stempas."));
            }
        }
        return new Stempassen(uitgegeven, geweigerd);
    }

    private static String nieuweCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODETEKENS.charAt(RANDOM.nextInt(CODETEKENS.length())));
        }
        return code.toString();
    }

    @Override
    public Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten) {
        return stem(gemeente, rondeId, stemcode, plannen, punten, null);
    }

    /**
     * Refuses at once while the round or the address must wait after wrong codes (a code has 32^12 values, so only
     * guessing produces many); otherwise votes, and counts an unknown code against both.
     */
    @Override
    public Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            String clientadres) {
        String ronde = gemeente + "/" + rondeId;
        Optional<Duration> wacht = perRonde.wachttijd(ronde);
        if (clientadres != null && wacht.isEmpty()) {
            wacht = perAdres.wachttijd(clientadres);
        }
        if (wacht.isPresent()) {
            throw new TeVaakGeprobeerdException("Te veel onjuiste stemcodes", wacht.get());
        }
        try {
            return stembus.stem(gemeente, rondeId, stemcode, plannen, punten, false);
        } catch (StemGeweigerdException e) {
            if (e.waarom() == StemGeweigerdException.Waarom.ONBEKENDE_STEMCODE) {
                perRonde.mislukt(ronde);
                if (clientadres != null) {
                    perAdres.mislukt(clientadres);
                }
            }
            throw e;
        }
    }
}
