package nl.samenspraak.core.internal.regels;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the platform calls and bridges the gemeenten's rules bundles: configuration {@value GeinstalleerdeRegels#PID}. */
@ObjectClassDefinition(name = "Samenspraak regels",
        description = "Hoe het platform de regelbundels van gemeenten aanroept en bijwerkt")
@interface RegelsInstellingen {
    @AttributeDefinition(description = "Zolang wacht een verzoek op de nieuwe versie van regels die bij een "
            + "update even weg zijn (ms); 0 schakelt de brug uit")
    long brug_ms() default 3000;

    @AttributeDefinition(description = "Zolang wacht een verzoek dat geen regels vindt tijdens de start van het "
            + "platform op de regelbundels in deploy/ (ms)")
    long opstart_ms() default 30000;

    @AttributeDefinition(description = "De map waaruit regelbundels bij de start worden geïnstalleerd; leeg: "
            + "deploy/ van de Karaf-installatie")
    String deploy() default "";

    @AttributeDefinition(description = "Zolang mogen regels over een antwoord doen (ms)")
    long antwoordtijd_ms() default 2000;

    @AttributeDefinition(description = "Zoveel aanroepen van de regels van één gemeente mogen tegelijk lopen")
    int gelijktijdig_per_gemeente() default 8;

    @AttributeDefinition(description = "Zoveel threads mogen alle aanroepen van regels samen hooguit gebruiken")
    int threads() default 128;
}
