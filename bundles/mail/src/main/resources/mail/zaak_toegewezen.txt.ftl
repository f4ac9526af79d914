<#assign onderwerp = "Aan u toegewezen: " + g.titel>
Beste collega,

${g.door} heeft "${g.titel}" uit de werkvoorraad aan u toegewezen.
<#if g.termijn??>
Beslissen uiterlijk: ${g.termijn}
</#if>
Referentie: ${g.referentie}

Open de zaak: ${link}
<#include "/voet.txt.ftl">
