<#assign onderwerp = "Uw overzicht van " + g.datum + ": " + g.aantal + (g.aantal == "1")?then(" bericht", " berichten")>
Goedemorgen,

Dit is uw overzicht van ${g.datum}: de mail die u één keer per dag wilt krijgen.
<#list g.lijst?split("\n") as regel>
<#assign d = regel?split("|")>

- ${d[1]}
  ${d[2]}
</#list>

Liever een soort mail meteen, of helemaal niet? Kies het hier: ${profiel}
<#include "/voet.txt.ftl">
