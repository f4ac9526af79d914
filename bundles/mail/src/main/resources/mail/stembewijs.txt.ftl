<#assign onderwerp = "Uw stem voor " + g.ronde + " is ontvangen">
Beste inwoner,

Uw stem voor "${g.ronde}" is ontvangen en telt mee.

Deze mail zegt niet wat u hebt gestemd, en we bewaren uw e-mailadres niet: we gebruikten het alleen om deze mail te sturen. Niemand kan uw stem met u of met dit adres in verband brengen.

De ronde: ${link}
<#include "/voet.txt.ftl">
