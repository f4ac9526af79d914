package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.monitor.AlBeantwoordException;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.ReactieStore;
import nl.samenspraak.api.monitor.Zelfevaluatie;

/** In memory, per gemeente, refusing a second response per token as the database does; keeps the tokens to inspect. */
final class NepReactieStore implements ReactieStore {

    /** gemeente + questionnaire + token, as the unique key. */
    final Map<String, Reactie> rijen = new LinkedHashMap<>();
    final List<String> tokens = new ArrayList<>();
    private final Map<String, Zelfevaluatie> zelfevaluaties = new LinkedHashMap<>();

    @Override
    public void bewaar(String gemeente, String deelnemer, Reactie reactie) {
        if (rijen.putIfAbsent(gemeente + "|" + reactie.vragenlijst() + "|" + deelnemer, reactie) != null) {
            throw new AlBeantwoordException();
        }
        tokens.add(deelnemer);
    }

    @Override
    public boolean heeftGeantwoord(String gemeente, String vragenlijst, String deelnemer) {
        return rijen.containsKey(gemeente + "|" + vragenlijst + "|" + deelnemer);
    }

    @Override
    public List<Reactie> reacties(String gemeente, String onderwerp) {
        return reacties(gemeente).stream().filter(r -> r.onderwerp().equals(onderwerp)).toList();
    }

    @Override
    public List<Reactie> reacties(String gemeente) {
        return rijen.entrySet().stream().filter(e -> e.getKey().startsWith(gemeente + "|")).map(Map.Entry::getValue).toList();
    }

    @Override
    public Zelfevaluatie bewaar(String gemeente, Zelfevaluatie zelfevaluatie) {
        zelfevaluaties.put(gemeente + "|" + zelfevaluatie.traject(), zelfevaluatie);
        return zelfevaluatie;
    }

    @Override
    public Optional<Zelfevaluatie> zelfevaluatie(String gemeente, String traject) {
        return Optional.ofNullable(zelfevaluaties.get(gemeente + "|" + traject));
    }

    @Override
    public List<Zelfevaluatie> zelfevaluaties(String gemeente) {
        return zelfevaluaties.entrySet().stream().filter(e -> e.getKey().startsWith(gemeente + "|")).map(Map.Entry::getValue)
                .toList();
    }
}
