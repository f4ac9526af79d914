package nl.samenspraak.core.internal.wijkbudget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.pabulib.PabulibFormatException;
import nl.samenspraak.allocation.pabulib.PabulibReader;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.PapierenStemmenService;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;

/**
 * Paper ballots, read from CSV or Pabulib and cast through the same {@link Stembus} as digital ones, so the
 * same code cannot vote twice across channels. A malformed file is refused as a whole before any ballot is
 * cast; a refused ballot does not stop the others.
 */
@Component(service = PapierenStemmenService.class)
public class PapierenStemmen implements PapierenStemmenService {

    private final Stembus stembus;

    @Activate
    public PapierenStemmen(@Reference Stembus stembus) {
        this.stembus = stembus;
    }

    @Override
    public Import importeerPapierenStemmen(String gemeente, String rondeId, String inhoud, String door) {
        Map<Integer, String> geweigerd = new LinkedHashMap<>();
        int ingelezen = 0;
        for (Regel regel : regels(inhoud)) {
            try {
                stembus.stem(gemeente, rondeId, regel.stemcode(), regel.plannen(), regel.punten(), true);
                ingelezen++;
            } catch (StemGeweigerdException | OngeldigeInvoerException e) {
                geweigerd.put(regel.nummer(), e.getMessage());
            }
        }
        return new Import(ingelezen, geweigerd);
    }

    @Override
    public Import controleerPapierenStemmen(String gemeente, String rondeId, String inhoud) {
        Map<Integer, String> geweigerd = new LinkedHashMap<>();
        Set<String> inDitBestand = new HashSet<>();
        int ingelezen = 0;
        for (Regel regel : regels(inhoud)) {
            try {
                Stem stem = stembus.proef(gemeente, rondeId, regel.stemcode(), regel.plannen(), regel.punten(), true);
                if (!inDitBestand.add(stem.stemmer())) {
                    throw new StemGeweigerdException(StemGeweigerdException.Waarom.AL_GESTEMD,
                            "Met deze stemcode is al gestemd, eerder in dit bestand");
                }
                ingelezen++;
            } catch (StemGeweigerdException | OngeldigeInvoerException e) {
                geweigerd.put(regel.nummer(), e.getMessage());
            }
        }
        return new Import(ingelezen, geweigerd);
    }

    private static List<Regel> regels(String inhoud) {
        if (inhoud == null || inhoud.isBlank()) {
            throw new OngeldigeInvoerException("body", "een CSV- of .pb-bestand met stemmen is verplicht");
        }
        return inhoud.stripLeading().startsWith("META") ? pabulib(inhoud) : csv(inhoud);
    }

    record Regel(int nummer, String stemcode, List<String> plannen, Map<String, Integer> punten) {
    }

    /** {@code stemcode;plan,plan,...} or {@code stemcode;plan:punten,...}; blank lines and # comments are skipped. */
    static List<Regel> csv(String inhoud) {
        List<Regel> regels = new ArrayList<>();
        List<Overtreding> fouten = new ArrayList<>();
        String[] lijnen = inhoud.split("\\R");
        for (int i = 0; i < lijnen.length; i++) {
            String lijn = lijnen[i].strip();
            if (lijn.isEmpty() || lijn.startsWith("#")) {
                continue;
            }
            String[] delen = lijn.split(";", -1);
            if (delen.length != 2) {
                fouten.add(new Overtreding("regel " + (i + 1), "verwacht: stemcode;plan,plan,... of stemcode;plan:punten,..."));
                continue;
            }
            List<String> plannen = new ArrayList<>();
            Map<String, Integer> punten = new LinkedHashMap<>();
            for (String cel : delen[1].split(",")) {
                String keuze = cel.strip();
                if (keuze.isEmpty()) {
                    continue;
                }
                int dubbelepunt = keuze.indexOf(':');
                if (dubbelepunt < 0) {
                    plannen.add(keuze);
                } else {
                    try {
                        punten.put(keuze.substring(0, dubbelepunt).strip(), Integer.valueOf(keuze.substring(dubbelepunt + 1).strip()));
                    } catch (NumberFormatException e) {
                        fouten.add(new Overtreding("regel " + (i + 1), "geen aantal punten: '" + keuze + "'"));
                    }
                }
            }
            regels.add(new Regel(i + 1, delen[0].strip(), plannen, punten));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        return regels;
    }

    private static List<Regel> pabulib(String inhoud) {
        Instance instance;
        try {
            instance = PabulibReader.parse(inhoud);
        } catch (PabulibFormatException e) {
            throw new OngeldigeInvoerException("body", e.getMessage());
        }
        List<Regel> regels = new ArrayList<>();
        int nummer = 0;
        for (Ballot ballot : instance.ballots()) {
            nummer++;
            Map<String, Integer> punten = new LinkedHashMap<>();
            for (int i = 0; i < ballot.points().size(); i++) {
                punten.put(ballot.projectIds().get(i), ballot.points().get(i).intValueExact());
            }
            regels.add(new Regel(nummer, ballot.voterId(), punten.isEmpty() ? ballot.projectIds() : List.of(), punten));
        }
        return regels;
    }
}
