package nl.samenspraak.web.internal.inwoners;

import java.util.List;

import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;

/** The words residents read for the platform's states and kinds ({@code ${label.status(i.status())}}). */
public final class Labels {

    public String soort(Initiatiefsoort soort) {
        return switch (soort) {
            case BEWONERSINITIATIEF -> "Bewonersinitiatief";
            case UITDAAGRECHT -> "Right to Challenge (uitdaagrecht)";
            case PARTICIPATIETRAJECT -> "Participatietraject";
            case INSPRAAK -> "Inspraak";
        };
    }

    public String overheidsrol(Overheidsparticipatie.Rol rol) {
        return switch (rol) {
            case PARTNER -> "Partner";
            case ADVISEUR -> "Adviseur";
            case ONDERSTEUNER -> "Ondersteuner";
        };
    }

    public String bijdrage(Overheidsparticipatie.Bijdrage bijdrage) {
        return switch (bijdrage) {
            case GELD -> "Geld";
            case ADVIES -> "Advies";
            case PROCESBEGELEIDING -> "Procesbegeleiding";
            case PLEK -> "Een plek";
            case MATERIALEN -> "Materialen";
        };
    }

    /**
     * The contributions in a fixed order, as words: {@code Geld, advies en een plek}. Takes any collection: FreeMarker
     * hands a record's {@code Set} back to Java as a list.
     */
    public String bijdragen(java.util.Collection<Overheidsparticipatie.Bijdrage> bijdragen) {
        List<String> woorden = bijdragen.stream().sorted().map(this::bijdrage).toList();
        StringBuilder tekst = new StringBuilder();
        for (int i = 0; i < woorden.size(); i++) {
            String woord = i == 0 ? woorden.get(i) : woorden.get(i).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + woorden.get(i).substring(1);
            tekst.append(i == 0 ? "" : i == woorden.size() - 1 ? " en " : ", ").append(woord);
        }
        return tekst.toString();
    }

    public List<Overheidsparticipatie.Rol> overheidsrollen() {
        return List.of(Overheidsparticipatie.Rol.values());
    }

    public List<Overheidsparticipatie.Bijdrage> bijdragesoorten() {
        return List.of(Overheidsparticipatie.Bijdrage.values());
    }

    public String status(Status status) {
        return switch (status) {
            case AANGEVRAAGD -> "Aangevraagd: de gemeente beoordeelt uw aanvraag";
            case AANVULLING_GEVRAAGD -> "Aanvulling gevraagd: de gemeente wacht op informatie van u";
            case VERLEEND -> "Subsidie verleend";
            case AFGEWEZEN -> "Afgewezen";
            case VERANTWOORD -> "Verantwoord: de gemeente controleert de kosten";
            case VASTGESTELD -> "Afgerond: subsidie vastgesteld";
            case INGEDIEND -> "Ingediend: de gemeente beoordeelt het verzoek";
            case TOEGEKEND -> "Toegekend";
            case VOORBEREIDING -> "Voorbereiding";
            case UITVOERING -> "Uitvoering";
            case EVALUATIE -> "Evaluatie";
            case AFGESLOTEN -> "Afgesloten";
            case TER_INZAGE -> "Ter inzage: u kunt reageren";
            case REACTIENOTA_VASTGESTELD -> "Reactienota vastgesteld";
        };
    }

    public String fase(Fase fase) {
        return switch (fase) {
            case PLANNEN_INDIENEN -> "Plannen indienen";
            case STEUN_VERZAMELEN -> "Steun verzamelen";
            case HAALBAARHEIDSTOETS -> "De gemeente toetst de plannen";
            case STEMMEN -> "Stemmen";
            case UITSLAG -> "Uitslag bekend";
            case UITVOERING -> "Uitvoering";
        };
    }

    public List<Fase> fasen() {
        return List.of(Fase.values());
    }

    public String niveau(Participatieniveau niveau) {
        return switch (niveau) {
            case INFORMEREN -> "Informeren: de gemeente vertelt u wat zij doet";
            case RAADPLEGEN -> "Raadplegen: de gemeente vraagt uw mening, maar beslist zelf";
            case ADVISEREN -> "Adviseren: uw advies weegt mee, de gemeente legt uit wat zij ermee doet";
            case COPRODUCEREN -> "Coproduceren: u maakt het plan samen met de gemeente";
            case MEEBESLISSEN -> "Meebeslissen: de gemeente neemt over wat u samen besluit";
        };
    }

    public List<Participatieniveau> niveaus() {
        return List.of(Participatieniveau.values());
    }

    public String schaal(Schaal schaal) {
        return switch (schaal) {
            case STRAAT -> "Mijn straat";
            case BUURT -> "Mijn buurt";
            case WIJK -> "De hele wijk";
            case STAD -> "De hele gemeente";
        };
    }

    public String kenmerk(Kenmerk kenmerk) {
        return switch (kenmerk) {
            case PAST_IN_WIJKAGENDA -> "Het past bij de plannen voor de wijk (wijkagenda)";
            case OPENBAAR_TOEGANKELIJK -> "Iedereen mag meedoen of komen kijken";
            case BETAALDE_VRIJWILLIGERS -> "Vrijwilligers krijgen geld voor hun werk";
            case ALCOHOLISCHE_DRANK -> "Er wordt alcohol geschonken";
            case POLITIEK -> "Het heeft een politiek doel";
            case RELIGIEUS -> "Het heeft een godsdienstig doel";
            case COMMERCIEEL -> "Er wordt winst mee gemaakt";
            case UITGEVOERD_IN_AANVRAAGJAAR -> "Het gebeurt in hetzelfde jaar als de aanvraag";
        };
    }

    public String besluitsoort(Besluitsoort soort) {
        return switch (soort) {
            case BELEIDSNOTA -> "Beleidsnota";
            case VERORDENING -> "Verordening";
            case OMGEVINGSPLAN -> "Omgevingsplan";
            case GEBIEDSVISIE -> "Gebiedsvisie";
            case UITVOERINGSBESLUIT -> "Uitvoeringsbesluit";
            case OVERIG -> "Ander besluit";
        };
    }

    public String onderwerp(Onderwerp onderwerp) {
        return switch (onderwerp) {
            case BEGROTING -> "De begroting";
            case BELASTINGEN -> "Belastingen";
            case TARIEVEN -> "Tarieven";
            case UITVOERING_HOGERE_REGELGEVING -> "Uitvoering van hogere regels zonder eigen beleidsruimte";
            case SPOEDEISEND -> "Een spoedeisende zaak";
            case OVERIG -> "Iets anders";
        };
    }
}
