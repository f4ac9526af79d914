package nl.samenspraak.core.internal.initiatief;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.rules.Subsidieaanvraag;

/**
 * What an aanvulling changes in an application. It replaces every field it carries (titel, omschrijving and wijk
 * as well as the particulars the scheme judges), and the dossier names each field that changed, with the old and
 * new value where that fits on a line, so nothing is kept or replaced silently.
 */
final class Aanvulling {

    private Aanvulling() {
    }

    /** The fields that differ between the application as it stood and the aanvulling, in the order of the form. */
    static List<String> wijzigingen(Initiatief oud, NieuweSubsidieaanvraag nieuw) {
        Subsidieaanvraag was = oud.gegevens(Subsidiegegevens.class).aanvraag();
        Subsidieaanvraag wordt = nieuw.aanvraag();
        List<String> gewijzigd = new ArrayList<>();
        if (!oud.titel().equals(nieuw.titel().strip())) {
            gewijzigd.add("titel");
        }
        if (!oud.omschrijving().equals(nieuw.omschrijving().strip())) {
            gewijzigd.add("omschrijving");
        }
        waarde(gewijzigd, "wijk", tekst(was.wijk()), tekst(wordt.wijk()));
        waarde(gewijzigd, "datum van de activiteit", was.activiteitOp(), wordt.activiteitOp());
        waarde(gewijzigd, "gevraagd bedrag", Bedrag.centen(was.gevraagdInCenten()), Bedrag.centen(wordt.gevraagdInCenten()));
        waarde(gewijzigd, "schaal", was.schaal().name().toLowerCase(), wordt.schaal().name().toLowerCase());
        waarde(gewijzigd, "leeftijd aanvrager", was.leeftijdAanvrager(), wordt.leeftijdAanvrager());
        waarde(gewijzigd, "leeftijden ondersteuners", was.leeftijdenOndersteuners(), wordt.leeftijdenOndersteuners());
        waarde(gewijzigd, "kenmerken", namen(was), namen(wordt));
        return gewijzigd;
    }

    /** The dossier's line for an aanvulling with these changes. */
    static String toelichting(List<String> wijzigingen) {
        return wijzigingen.isEmpty() ? "Aanvraag aangevuld zonder wijzigingen; de beslistermijn loopt weer"
                : "Aanvraag aangevuld; gewijzigd: " + String.join(", ", wijzigingen) + "; de beslistermijn loopt weer";
    }

    private static void waarde(List<String> gewijzigd, String veld, Object was, Object wordt) {
        if (!Objects.equals(was, wordt)) {
            gewijzigd.add(veld + " (" + was + " → " + wordt + ")");
        }
    }

    private static String tekst(Optional<String> waarde) {
        return waarde.orElse("geen");
    }

    private static List<String> namen(Subsidieaanvraag aanvraag) {
        return aanvraag.kenmerken().stream().map(k -> k.name().toLowerCase()).sorted().toList();
    }
}
