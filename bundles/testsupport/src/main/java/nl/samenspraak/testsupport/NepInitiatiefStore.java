package nl.samenspraak.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService.Filter;
import nl.samenspraak.api.initiatief.Levenscyclus;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;

/** In memory, per gemeente, refusing what the JPA store refuses; a refused change leaves no trace. */
public final class NepInitiatiefStore implements InitiatiefStore {

    private final NepBudgetten budgetten;

    /** Books the changes' entries on these budgets, all or nothing. */
    public NepInitiatiefStore(NepBudgetten budgetten) {
        this.budgetten = budgetten;
    }

    public final Map<String, Initiatief> initiatieven = new LinkedHashMap<>();
    public final Map<String, List<Overgang>> overgangen = new HashMap<>();
    public final Map<String, List<Besluit>> besluiten = new HashMap<>();
    public final Map<String, List<Zienswijze>> zienswijzen = new HashMap<>();
    public final Map<String, List<Deelname>> deelnames = new HashMap<>();

    public Initiatief get(String gemeente, String id) {
        return find(gemeente, id).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
    }

    @Override
    public Initiatief create(String gemeente, NieuwInitiatief nieuw, String door, Instant op) {
        Status begin = Levenscyclus.begin(nieuw.gegevens().soort());
        Initiatief i = new Initiatief(UUID.randomUUID().toString(), gemeente, begin, nieuw.titel(), nieuw.omschrijving(),
                nieuw.wijk(), door, op, nieuw.gegevens());
        initiatieven.put(i.id(), i);
        overgangen.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(new Overgang(1, Optional.empty(), begin, door, op,
                "Aangemaakt"));
        deelnames.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(new Deelname(door, Participatierol.INITIATIEFNEMER,
                door, op));
        return i;
    }

    @Override
    public List<Initiatief> list(String gemeente, Filter filter) {
        return initiatieven.values().stream().filter(i -> i.gemeente().equals(gemeente)).toList();
    }

    @Override
    public Optional<Initiatief> find(String gemeente, String id) {
        return Optional.ofNullable(initiatieven.get(id)).filter(i -> i.gemeente().equals(gemeente));
    }

    @Override
    public Initiatief wijzig(String gemeente, String id, Wijziging w) {
        Initiatief i = get(gemeente, id);
        if (i.status() != w.van()) {
            throw new OvergangNietToegestaanException("moved on to " + i.status(), i.status());
        }
        Levenscyclus.controleer(w.gegevens().soort(), w.van(), w.naar());
        budgetten.boek(gemeente, w.boekingen());
        w.besluit().ifPresent(b -> besluiten.computeIfAbsent(id, k -> new ArrayList<>()).add(b));
        Initiatief nieuw = i.met(w.naar(), w.gegevens());
        initiatieven.put(id, nieuw);
        List<Overgang> log = overgangen.get(id);
        log.add(new Overgang(log.size() + 1, Optional.of(w.van()), w.naar(), w.door(), w.op(), w.toelichting()));
        return nieuw;
    }

    @Override
    public Initiatief wijzig(String gemeente, String id, Wijziging w, Beschrijving beschrijving) {
        Initiatief i = wijzig(gemeente, id, w);
        Initiatief herschreven = new Initiatief(i.id(), i.gemeente(), i.status(), beschrijving.titel(), beschrijving.omschrijving(),
                beschrijving.wijk(), i.initiatiefnemer(), i.aangemaaktOp(), i.gegevens());
        initiatieven.put(id, herschreven);
        return herschreven;
    }

    @Override
    public Initiatief stelReactienotaVast(String gemeente, String id, Wijziging w, Map<String, String> antwoorden) {
        get(gemeente, id);
        List<Zienswijze> lijst = zienswijzen.getOrDefault(id, List.of());
        if (!lijst.stream().map(Zienswijze::id).collect(Collectors.toSet()).equals(antwoorden.keySet())) {
            throw new OngeldigeInvoerException("antwoorden", "elke zienswijze krijgt een antwoord");
        }
        Initiatief nieuw = wijzig(gemeente, id, w);
        zienswijzen.put(id, lijst.stream().map(z -> new Zienswijze(z.id(), z.inspraakId(), z.indiener(), z.ontvangenOp(),
                z.geregistreerdOp(), z.inhoud(), Optional.of(antwoorden.get(z.id())))).collect(Collectors.toList()));
        return nieuw;
    }

    @Override
    public Zienswijze voegZienswijzeToe(String gemeente, String inspraakId, String indiener, LocalDate ontvangenOp,
            String inhoud, Instant op) {
        Initiatief i = get(gemeente, inspraakId);
        if (i.status() != Status.TER_INZAGE) {
            throw new OvergangNietToegestaanException("niet meer ter inzage", i.status());
        }
        Zienswijze z = new Zienswijze(UUID.randomUUID().toString(), inspraakId, indiener, ontvangenOp, op, inhoud,
                Optional.empty());
        zienswijzen.computeIfAbsent(inspraakId, k -> new ArrayList<>()).add(z);
        return z;
    }

    @Override
    public List<Overgang> overgangen(String gemeente, String id) {
        get(gemeente, id);
        return List.copyOf(overgangen.get(id));
    }

    @Override
    public List<Besluit> besluiten(String gemeente, String id) {
        get(gemeente, id);
        return List.copyOf(besluiten.getOrDefault(id, List.of()));
    }

    @Override
    public List<Zienswijze> zienswijzen(String gemeente, String inspraakId) {
        get(gemeente, inspraakId);
        return List.copyOf(zienswijzen.getOrDefault(inspraakId, List.of()));
    }

    @Override
    public List<Deelname> deelnames(String gemeente, String id) {
        get(gemeente, id);
        return List.copyOf(deelnames.get(id));
    }

    @Override
    public Deelname voegDeelnameToe(String gemeente, String id, Deelname deelname) {
        get(gemeente, id);
        deelnames.get(id).removeIf(d -> d.gebruiker().equals(deelname.gebruiker()));
        deelnames.get(id).add(deelname);
        return deelname;
    }
}
