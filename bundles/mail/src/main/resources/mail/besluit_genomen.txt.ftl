<#assign uitkomsten = {"toegekend": "toegekend", "afgewezen": "afgewezen"}>
<#assign onderwerp = "Besluit over " + g.titel + ": " + uitkomsten[g.uitkomst]!g.uitkomst>
Beste inwoner,

Op ${g.genomenOp} hebben we besloten over uw <#if g.soort == "uitdaagrecht">verzoek<#else>aanvraag</#if> "${g.titel}" (referentie ${g.referentie}).

Uitkomst: ${uitkomsten[g.uitkomst]!g.uitkomst}<#if g.bedrag??>, ${g.bedrag}</#if>

Waarom:
<#list g.redenen?split("\n") as reden>
- ${reden}
</#list>

Het hele besluit, met de regels die we hebben toegepast: ${link}

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken, uiterlijk op ${g.bezwaarTot} (zes weken, artikel 6:7 Algemene wet bestuursrecht). Schrijf in uw bezwaar waarom u het niet eens bent en noem de referentie.
<#include "/voet.txt.ftl">
