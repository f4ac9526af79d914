<#assign onderwerp = "Hoe ging het? Een korte vragenlijst over " + g.titel>
<#assign fasen = {"voorbereiding": "de voorbereiding", "uitvoering": "de uitvoering", "evaluatie": "de evaluatie"}>
Beste deelnemer,

<#if g.aanleiding == "fase_afgerond">Bij "${g.titel}" is ${fasen[g.fase]!g.fase} afgerond.<#elseif g.aanleiding == "inspraak_gesloten">De reactienota over "${g.titel}" is vastgesteld. De inspraak is daarmee gesloten.<#elseif g.aanleiding == "besluit">De gemeente heeft een besluit genomen over "${g.titel}".<#else>De uitslag van "${g.titel}" is bekend.</#if> U deed mee. Wilt u de gemeente laten weten hoe het ging?

De vragenlijst is één pagina. De gemeente ziet niet wie wat antwoordde.
<#if g.aanleiding == "wijkbudget_uitslag">
Hebt u gestemd? Dan vult u de vragenlijst in met de code van het ontvangstbewijs van uw stem.
</#if>

Naar de vragenlijst: ${link}
<#include "/voet.txt.ftl">
