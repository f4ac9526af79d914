<#assign onderwerp = "Uw plan " + g.plan + (g.haalbaar == "true")?then(" is haalbaar", " is niet haalbaar")>
Beste inwoner,

We hebben bekeken of uw plan "${g.plan}" uitgevoerd kan worden. <#if g.haalbaar == "true">Het is haalbaar<#if g.kosten??>; het kost ${g.kosten}</#if>. Het komt op het stembiljet als het genoeg steun heeft.<#else>Het is niet haalbaar. Het komt daarom niet op het stembiljet.</#if>
<#if g.toetsing??>

Toelichting: ${g.toetsing}
</#if>

Bekijk de ronde: ${link}
<#include "/voet.txt.ftl">
