package nl.samenspraak.api.monitor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored response: the answers, which questionnaire they belong to and the day (not the time: a time could be
 * matched to a ballot or a visit). Never who gave them.
 */
public record Reactie(String vragenlijst, String onderwerp, Antwoorden antwoorden, LocalDate ingevuldOp) {

    public Reactie {
        Objects.requireNonNull(vragenlijst, "vragenlijst");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(antwoorden, "antwoorden");
        Objects.requireNonNull(ingevuldOp, "ingevuldOp");
    }
}
