package nl.samenspraak.web.internal;

import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.rules.RegelsOnbruikbaarException;
import nl.samenspraak.web.pagina.PaginaFout;

/**
 * What a resident reads when a domain service refuses a request the page did not handle itself. Pages handle
 * the failures of their own forms; this is the net under them.
 */
final class Storingen {

    private Storingen() {
    }

    static PaginaFout vertaal(RuntimeException e) {
        // every 'not here' of the domain (a questionnaire's too), not only the kinds a page happened to know
        if (e instanceof InitiatiefNietGevondenException || e instanceof RondeNietGevondenException
                || e instanceof BudgetNietGevondenException || e instanceof GemeenteNietBediendException
                || e instanceof DomeinException d && d.aard() == DomeinException.Aard.NIET_GEVONDEN) {
            return PaginaFout.nietGevonden("Wat u zoekt, bestaat niet of is niet voor u zichtbaar.");
        }
        if (e instanceof RegelsOntbrekenException) {
            return new PaginaFout(503, "Hierover kan de gemeente nu niet beslissen",
                    "Voor deze gemeente zijn de regels die hierover gaan nog niet op het platform gezet. Zonder "
                            + "die regels kunnen we uw aanvraag niet beoordelen, dus we hebben niets opgeslagen.",
                    "Probeer het later opnieuw, of neem contact op met de gemeente.");
        }
        if (e instanceof RegelsOnbruikbaarException) {
            return new PaginaFout(503, "Hierover kan de gemeente nu niet beslissen",
                    "De regels van deze gemeente gaven nu geen bruikbaar antwoord. Er is niets opgeslagen.",
                    "Probeer het over een paar minuten opnieuw.");
        }
        return onverwacht();
    }

    static PaginaFout onverwacht() {
        return new PaginaFout(500, "Er ging iets mis",
                "Door een storing aan onze kant kon deze pagina niet worden getoond. Wat u net verstuurde, is "
                        + "niet half opgeslagen: het is helemaal gelukt of helemaal niet.",
                "Probeer het over een paar minuten opnieuw. Blijft het misgaan? Neem dan contact op met de gemeente.");
    }
}
