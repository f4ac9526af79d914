package nl.samenspraak.core.internal.monitor;

import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Status;

/** Dutch names of the domain's values, for the labels of figures. */
final class Labels {

    private Labels() {
    }

    static String niveau(Participatieniveau niveau) {
        return switch (niveau) {
            case INFORMEREN -> "Informeren";
            case RAADPLEGEN -> "Raadplegen";
            case ADVISEREN -> "Adviseren";
            case COPRODUCEREN -> "Coproduceren";
            case MEEBESLISSEN -> "Meebeslissen";
        };
    }

    static String soort(Initiatiefsoort soort) {
        return switch (soort) {
            case BEWONERSINITIATIEF -> "Bewonersinitiatief";
            case UITDAAGRECHT -> "Uitdaagrecht";
            case PARTICIPATIETRAJECT -> "Participatietraject";
            case INSPRAAK -> "Inspraak";
        };
    }

    static String fase(Status fase) {
        return switch (fase) {
            case VOORBEREIDING -> "Voorbereiding";
            case UITVOERING -> "Uitvoering";
            case EVALUATIE -> "Evaluatie";
            default -> fase.naam();
        };
    }
}
