package nl.samenspraak.rest.internal.resources;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;

@Schema(description = "Eén versie van hoe de gemeente meedoet aan een bewonersinitiatief (overheidsparticipatie)")
public record OverheidsparticipatieWeergave(@Schema(description = "Versie: 1, 2, 3, ...; de hoogste geldt") int versie,
        @Schema(allowableValues = { "partner", "adviseur", "ondersteuner" }) String rol,
        @Schema(description = "Wat de gemeente bijdraagt", allowableValues = { "geld", "advies", "procesbegeleiding", "plek",
                "materialen" }) List<String> bijdragen,
        @Schema(description = "Wat de bijdrage inhoudt, zoals de aanvrager het leest") String toelichting,
        @Schema(description = "Wie de bewoners bij de gemeente aanspreken") String contactpersoon,
        @Schema(description = "Hoe ze die bereiken: werk-e-mailadres of telefoonnummer") String contact,
        @Schema(description = "Ambtenaar die deze versie vastlegde") String vastgelegdDoor,
        @Schema(description = "Tijdstip van vastleggen (ISO 8601)") String vastgelegdOp) {

    static OverheidsparticipatieWeergave of(int versie, Overheidsparticipatie o) {
        return new OverheidsparticipatieWeergave(versie, Invoer.naam(o.rol()),
                o.bijdragen().stream().sorted().map(Invoer::naam).toList(), o.toelichting(), o.contactpersoon(), o.contact(),
                o.vastgelegdDoor(), o.vastgelegdOp().toString());
    }
}
