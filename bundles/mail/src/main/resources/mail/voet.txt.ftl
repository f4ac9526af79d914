<#-- the common end of every plain-text mail -->

Met vriendelijke groet,
${gemeentenaam}
<#if afmeldlink??>

U krijgt deze mail omdat u een e-mailadres hebt opgegeven op Samenspraak.
Geen mail meer van deze soort? Meld u af: ${afmeldlink}
Kies per soort mail hoe vaak u die wilt: ${profiel}
</#if>
