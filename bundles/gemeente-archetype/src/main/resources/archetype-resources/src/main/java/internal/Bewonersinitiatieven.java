package ${package}.internal;

import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieregeling;

/**
 * What every version of the subsidieregeling bewonersinitiatieven of ${gemeenteNaam} decides alike: the
 * application is in time, the applicant and the supporters are old enough and enough, the amount stays within
 * the maximum for the activity's reach, and the activity is not commercial. Each version
 * ({@link Bewonersinitiatieven2024}, {@link Bewonersinitiatieven2025}) states its own title, validity and
 * numbers; the platform picks the version in force on the day an application is received.
 *
 * <p>EXAMPLE: the numbers and article numbers are the archetype's, not ${gemeenteNaam}'s. Replace them by what
 * the adopted regulation says, and state the same in {@code src/test/resources/.../feiten-*.properties}.
 */
abstract class Bewonersinitiatieven implements Subsidieregeling {

    static final String REGELING = "bewonersinitiatief";

    private final RegelsInfo info;
    private final Regelingsfeiten feiten;

    Bewonersinitiatieven(RegelsInfo info, Regelingsfeiten feiten) {
        this.info = info;
        this.feiten = feiten;
    }

    /** "art. 3 lid 1 Subsidieregeling bewonersinitiatieven ${gemeenteNaam} 2025". */
    String artikel(String nummer) {
        return "art. " + nummer + " " + info.titel();
    }

    @Override
    public RegelsInfo info() {
        return info;
    }

    @Override
    public String regeling() {
        return REGELING;
    }

    @Override
    public Regelingsfeiten feiten() {
        return feiten;
    }

    @Override
    public Beoordeling beoordeel(Subsidieaanvraag aanvraag) {
        List<Reden> bezwaren = new ArrayList<>();
        if (aanvraag.activiteitOp().isBefore(aanvraag.ingediendOp().plus(feiten.aanvraagVooraf()))) {
            bezwaren.add(new Reden(artikel("3 lid 1"), "De aanvraag is ontvangen op " + aanvraag.ingediendOp()
                    + ", minder dan " + feiten.aanvraagVooraf().getDays() / 7 + " weken voor de activiteit op "
                    + aanvraag.activiteitOp() + "."));
        }
        if (aanvraag.leeftijdAanvrager() < feiten.minimumleeftijdAanvrager()) {
            bezwaren.add(new Reden(artikel("3 lid 2"), "De aanvrager is " + aanvraag.leeftijdAanvrager()
                    + " jaar; een aanvrager is ten minste " + feiten.minimumleeftijdAanvrager() + " jaar."));
        }
        long ondersteuners = aanvraag.leeftijdenOndersteuners().stream()
                .filter(leeftijd -> leeftijd >= feiten.minimumleeftijdOndersteuners()).count();
        if (ondersteuners < feiten.vereisteOndersteuners()) {
            bezwaren.add(new Reden(artikel("3 lid 3"), "De aanvraag wordt gesteund door " + ondersteuners
                    + " bewoner(s) van " + feiten.minimumleeftijdOndersteuners() + " jaar of ouder; nodig zijn er "
                    + feiten.vereisteOndersteuners() + "."));
        }
        Long maximum = feiten.maximumInCenten().get(aanvraag.schaal());
        if (maximum == null) {
            bezwaren.add(new Reden(artikel("4 lid 2"), "Activiteiten op de schaal "
                    + aanvraag.schaal().name().toLowerCase() + " vallen niet onder deze regeling."));
        } else if (aanvraag.gevraagdInCenten() > maximum) {
            bezwaren.add(new Reden(artikel("4 lid 1"), "Gevraagd is " + Gemeente.euro(aanvraag.gevraagdInCenten())
                    + "; het maximum voor een activiteit op deze schaal is " + Gemeente.euro(maximum) + "."));
        }
        if (aanvraag.heeft(Kenmerk.COMMERCIEEL)) {
            bezwaren.add(new Reden(artikel("5"), "Activiteiten met een commercieel doel worden niet gesubsidieerd."));
        }
        if (!bezwaren.isEmpty()) {
            return Beoordeling.afgewezen(bezwaren);
        }
        return Beoordeling.toegekend(aanvraag.gevraagdInCenten(), List.of(new Reden(artikel("4 lid 1"),
                "De aanvraag voldoet aan de voorwaarden; verleend wordt " + Gemeente.euro(aanvraag.gevraagdInCenten())
                        + ", binnen het maximum van " + Gemeente.euro(maximum) + ".")));
    }
}
