<#assign onderwerp = "Werkvoorraad " + g.datum + ": " + g.verlopen + " verlopen, " + g.binnenkort + " binnen 7 dagen, " + g.nieuw + " nieuw">
<#assign koppen = {"verlopen": "Termijn verlopen", "binnenkort": "Termijn verloopt binnen 7 dagen", "nieuw": "Nieuw binnengekomen"}>
Dit is uw werkvoorraad van ${g.datum}.
<#list ["verlopen", "binnenkort", "nieuw"] as groep>

${koppen[groep]}:
<#assign regels = g.lijst?split("\n")?filter(r -> r?starts_with(groep + "|"))>
<#if regels?size == 0>
- niets
</#if>
<#list regels as regel>
<#assign d = regel?split("|")>
- ${d[1]} (beslissen uiterlijk ${d[2]}): ${url}${d[3]}
</#list>
</#list>
<#include "/voet.txt.ftl">
