package nl.samenspraak.web.internal.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.monitor.Reactieoverzicht;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/**
 * What the printable report on one subject says beyond the project leader's view: the typering in words, and the open
 * answers cut so that the report fits two A4 pages. The full answers stay on the view itself.
 *
 * @param typering rows of the traject's description; empty for a subject that is no traject
 * @param goed at most {@link #ANTWOORDEN} answers to "what went well", each at most {@link #TEKENS} characters
 * @param goedMeer how many answers to "what went well" the report leaves out
 */
public record Rapport(List<Samenvatting.Regel> typering, List<String> goed, int goedMeer, List<String> beter, int beterMeer) {

    /** The most open answers per question on paper. */
    static final int ANTWOORDEN = 5;
    /** The longest open answer on paper; a longer one is cut at a word, with an ellipsis. */
    static final int TEKENS = 280;

    public Rapport {
        typering = List.copyOf(typering);
        goed = List.copyOf(goed);
        beter = List.copyOf(beter);
    }

    /** @param traject the participatietraject, or empty for another subject */
    static Rapport van(Reactieoverzicht overzicht, Optional<Initiatief> traject) {
        List<Samenvatting.Regel> typering = new ArrayList<>();
        traject.ifPresent(t -> typering.addAll(typering(t, overzicht.zelfevaluatie())));
        return new Rapport(typering, eerste(overzicht.goed()), meer(overzicht.goed()), eerste(overzicht.beter()),
                meer(overzicht.beter()));
    }

    /** What was recorded at the start, then what the project leader described in the self-evaluation. */
    static List<Samenvatting.Regel> typering(Initiatief traject, Optional<Zelfevaluatie> zelfevaluatie) {
        List<Samenvatting.Regel> regels = new ArrayList<>();
        if (traject.gegevens() instanceof Trajectgegevens t) {
            regels.add(new Samenvatting.Regel("Trede bij de start", niveau(t.niveau())));
            regels.add(new Samenvatting.Regel("Beleidsterrein", t.beleidsterrein()));
        }
        zelfevaluatie.map(Zelfevaluatie::typering).ifPresent(t -> {
            regels.add(new Samenvatting.Regel("Soort participatie", switch (t.soort()) {
                case BURGERPARTICIPATIE -> "Burgerparticipatie: inwoners doen mee met de gemeente";
                case OVERHEIDSPARTICIPATIE -> "Overheidsparticipatie: de gemeente doet mee met inwoners";
            }));
            regels.add(new Samenvatting.Regel("Trede volgens de projectleider", niveau(t.niveau())));
            regels.add(new Samenvatting.Regel("Schaal", hoofdletter(t.schaal().sleutel())));
            regels.add(new Samenvatting.Regel("Duur", t.duurInWeken() + (t.duurInWeken() == 1 ? " week" : " weken")));
            regels.add(new Samenvatting.Regel("Wie beslist", beslisser(t.beslisser())));
        });
        return regels;
    }

    /** Cuts a text to at most {@link #TEKENS} characters, at the last space before that if there is one. */
    static String ingekort(String tekst) {
        if (tekst.length() <= TEKENS) {
            return tekst;
        }
        String deel = tekst.substring(0, TEKENS - 1);
        int spatie = deel.lastIndexOf(' ');
        return (spatie > TEKENS / 2 ? deel.substring(0, spatie) : deel).stripTrailing() + "…";
    }

    private static List<String> eerste(List<String> antwoorden) {
        return antwoorden.stream().limit(ANTWOORDEN).map(Rapport::ingekort).toList();
    }

    private static int meer(List<String> antwoorden) {
        return Math.max(0, antwoorden.size() - ANTWOORDEN);
    }

    private static String niveau(Participatieniveau niveau) {
        return hoofdletter(niveau.name().toLowerCase(Locale.ROOT));
    }

    private static String beslisser(Typering.Beslisser beslisser) {
        return switch (beslisser) {
            case RAAD -> "De gemeenteraad";
            case COLLEGE -> "Het college";
            case AMBTELIJK -> "Ambtelijk";
            case INWONERS -> "De inwoners";
        };
    }

    private static String hoofdletter(String woord) {
        return woord.isEmpty() ? woord : Character.toUpperCase(woord.charAt(0)) + woord.substring(1);
    }
}
