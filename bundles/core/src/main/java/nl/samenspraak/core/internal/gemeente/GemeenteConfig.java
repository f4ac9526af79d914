package nl.samenspraak.core.internal.gemeente;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One gemeente served by the platform: a file {@code etc/nl.samenspraak.gemeente-<name>.cfg}. Its wijken
 * are properties {@code wijk.<CBS wijk code> = <name>}, which metatype cannot describe and
 * {@link GemeenteConfigParser} reads from the raw properties.
 */
@ObjectClassDefinition(name = "Samenspraak gemeente",
        description = "Een gemeente (tenant) van het platform. Wijken als eigenschappen wijk.WK051836 = Moerwijk.")
@interface GemeenteConfig {

    @AttributeDefinition(description = "CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0518")
    String code();

    @AttributeDefinition(description = "Officiële naam, bijvoorbeeld 's-Gravenhage")
    String naam();

    @AttributeDefinition(required = false, description = "Wiens regels beslissen: weglaten voor de eigen "
            + "regelbundel van de gemeente, 'model' voor de modelregels")
    String regels();

    @AttributeDefinition(name = "huisstijl.css", required = false, description = "Eigen stylesheet met de design "
            + "tokens van de gemeente: een https://-adres of een pad op deze server")
    String huisstijl_css();

    @AttributeDefinition(name = "huisstijl.logo", required = false, description = "Logo in de kop van de pagina's: "
            + "een https://-adres of een pad op deze server")
    String huisstijl_logo();

    @AttributeDefinition(name = "huisstijl.naam", required = false, description = "Naam die inwoners zien, "
            + "bijvoorbeeld Gemeente Den Haag")
    String huisstijl_naam();
}
