package nl.samenspraak.mail.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/** The mail settings of every configured gemeente, kept up to date by {@link GemeenteMailConfiguratie}. */
@Component(service = Afzenders.class)
public class Afzenders {

    private final Map<String, Afzender> perPid = new ConcurrentHashMap<>();

    void zet(String pid, Afzender afzender) {
        perPid.put(pid, afzender);
    }

    void verwijder(String pid) {
        perPid.remove(pid);
    }

    Afzender van(String gemeente) {
        return perPid.values().stream().filter(a -> a.gemeente().equals(gemeente)).findFirst()
                .orElseGet(() -> Afzender.standaard(gemeente));
    }
}
