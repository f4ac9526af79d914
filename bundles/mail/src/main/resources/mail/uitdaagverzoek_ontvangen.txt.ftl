<#assign onderwerp = "Nieuw verzoek uitdaagrecht: " + g.titel>
Er is een nieuw verzoek om een taak van de gemeente over te nemen (uitdaagrecht).

Taak: ${g.titel}
Ontvangen: ${g.ontvangenOp}
Referentie: ${g.referentie}

Het verzoek: ${link}
<#include "/voet.txt.ftl">
