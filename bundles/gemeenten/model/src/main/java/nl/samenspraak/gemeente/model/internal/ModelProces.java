package nl.samenspraak.gemeente.model.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/** What the model's wijkbudget processes share: one regulation, valid for every wijk, each with its own set-up. */
abstract class ModelProces implements Toewijzingsproces {

    static final String ARTIKEL = "Modelregeling wijkbudgetten (Samenspraak), ";

    private final String proces;
    private final RegelsInfo info;
    private final Rondeopzet opzet;

    ModelProces(String proces, String titel, Rondeopzet opzet) {
        this.proces = proces;
        this.info = RegelsInfo.vanaf(titel, "Samenspraak, bundles/gemeenten/model", LocalDate.of(2025, 1, 1));
        this.opzet = opzet;
    }

    @Override
    public RegelsInfo info() {
        return info;
    }

    @Override
    public String proces() {
        return proces;
    }

    @Override
    public List<String> wijken() {
        return List.of();
    }

    @Override
    public Optional<Rondeopzet> rondeopzet() {
        return Optional.of(opzet);
    }
}
