package nl.samenspraak.rest.internal.resources;

import static nl.samenspraak.rest.internal.resources.Invoer.naam;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.HerkomstWeergave;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Een wijkbudgetronde")
public record RondeWeergave(String id, String gemeente, String wijk, String titel, String bedrag, String budgetId, String proces,
        String fase, Map<String, String> planning, OpzetWeergave opzet, String peildatum, HerkomstWeergave regels,
        String ingesteldDoor, String ingesteldOp, UitslagWeergave uitslag) {
    static RondeWeergave of(Ronde r) {
        Map<String, String> planning = new LinkedHashMap<>();
        r.planning().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> planning.put(e.getKey().naam(), e.getValue().toString()));
        var o = r.opzet();
        return new RondeWeergave(r.id(), r.gemeente(), r.wijk(), r.titel(), r.bedrag().toString(), r.budgetId(), r.proces(),
                r.fase().naam(), planning, new OpzetWeergave(naam(o.besluitvorming()), o.juryleden(), o.ondersteunersPerPlan(),
                        o.haalbaarheidstoets(), o.minimumleeftijd(), o.alleenWijkbewoners(), naam(o.stembiljet().wijze()),
                        o.stembiljet().maximum(), new RedenWeergave(o.grondslag().artikel(), o.grondslag().toelichting())),
                r.peildatum().toString(), HerkomstWeergave.of(r.regels()), r.ingesteldDoor(), r.ingesteldOp().toString(),
                r.uitslag().map(u -> new UitslagWeergave(u.gekozen(), u.toegewezen().toString(), u.resterend().toString(),
                        u.digitaleStemmen(), u.papierenStemmen(), u.uitleg(),
                        u.redenen().stream().map(x -> new RedenWeergave(x.artikel(), x.toelichting())).toList(),
                        HerkomstWeergave.of(u.regels()), u.vastgesteldDoor(), u.vastgesteldOp().toString())).orElse(null));
    }
}
