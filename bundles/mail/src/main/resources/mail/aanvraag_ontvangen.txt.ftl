<#assign onderwerp = "We hebben uw " + (g.soort == "uitdaagrecht")?then("verzoek (uitdaagrecht)", "aanvraag") + " ontvangen: " + g.titel>
Beste inwoner,

We hebben uw <#if g.soort == "uitdaagrecht">verzoek om een taak van de gemeente over te nemen (uitdaagrecht)<#else>aanvraag</#if> "${g.titel}" op ${g.ontvangenOp} ontvangen.

Uw referentie is ${g.referentie}. Noem die als u contact met ons opneemt.

Wat er met uw aanvraag gebeurt, ziet u hier: ${link}
U krijgt ook een mail zodra er een besluit is, of als we meer van u nodig hebben.
<#include "/voet.txt.ftl">
