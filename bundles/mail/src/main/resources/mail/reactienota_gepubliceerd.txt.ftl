<#assign onderwerp = "De reactienota is gepubliceerd: " + g.titel>
Beste inwoner,

U gaf een zienswijze op "${g.titel}". Op ${g.vastgesteldOp} is de reactienota vastgesteld. Daarin leest u ons antwoord op uw zienswijze en wat we ermee hebben gedaan.

Lees de reactienota: ${link}
<#include "/voet.txt.ftl">
