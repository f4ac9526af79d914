package nl.samenspraak.rest.internal.resources;

/**
 * The error responses every operation shares, defined once in {@code src/main/openapi/base.json}
 * ({@code components.responses}) and referenced from the {@code @ApiResponse} annotations by these names.
 */
final class Antwoorden {

    private static final String RESPONSES = "#/components/responses/";

    static final String ONGELDIG = RESPONSES + "OngeldigVerzoek";
    static final String NIET_AANGEMELD = RESPONSES + "NietAangemeld";
    static final String GEEN_TOEGANG = RESPONSES + "GeenToegang";
    static final String NIET_GEVONDEN = RESPONSES + "NietGevonden";
    static final String CONFLICT = RESPONSES + "Conflict";
    static final String GEWEIGERD = RESPONSES + "GeweigerdDoorRegels";
    static final String NIET_BESCHIKBAAR = RESPONSES + "NietBeschikbaar";
    static final String TE_VAAK = RESPONSES + "TeVaak";

    private Antwoorden() {
    }
}
