<#assign onderwerp = "We hebben meer informatie nodig: " + g.titel>
Beste inwoner,

Om over uw aanvraag "${g.titel}" (referentie ${g.referentie}) te beslissen, hebben we meer van u nodig:

${g.wat}

Stuur de aanvulling uiterlijk ${g.uiterlijk}: ${link}

Tot we de aanvulling hebben, staat de termijn voor ons besluit stil (artikel 4:15 Algemene wet bestuursrecht).
Vult u niet op tijd aan, dan kunnen we besluiten uw aanvraag niet te behandelen (artikel 4:5).
<#include "/voet.txt.ftl">
