<#assign onderwerp = "Uw zienswijze is ontvangen: " + g.titel>
Beste inwoner,

We hebben uw zienswijze op "${g.titel}" ontvangen op ${g.ontvangenOp}.

We beantwoorden elke zienswijze in de reactienota. U krijgt een mail zodra die er is.
Het ontwerp en wat ermee gebeurt: ${link}
<#include "/voet.txt.ftl">
