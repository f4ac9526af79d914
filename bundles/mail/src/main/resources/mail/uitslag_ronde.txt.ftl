<#assign onderwerp = "De uitslag van " + g.ronde + " is bekend">
Beste inwoner,

U deed mee aan "${g.ronde}". De uitslag is bekend: ${g.gekozen} plan(nen) krijgen samen ${g.toegewezen}; er blijft ${g.resterend} over.

Welke plannen het zijn, en hoe de uitslag tot stand kwam: ${link}
<#include "/voet.txt.ftl">
