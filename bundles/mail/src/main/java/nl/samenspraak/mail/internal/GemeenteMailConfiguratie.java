package nl.samenspraak.mail.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the mail keys ({@code mail.afzender}, {@code mail.antwoordadres}, {@code mail.ambtenaren}) of each
 * {@code nl.samenspraak.gemeente} configuration, beside the core that reads the rest of it: onboarding a gemeente's
 * mail is editing the file the hosting provider already has.
 */
@Component(configurationPid = "nl.samenspraak.gemeente", configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
public class GemeenteMailConfiguratie {

    @Reference
    private Afzenders afzenders;

    private String pid;

    @Activate
    @Modified
    void lees(Map<String, Object> configuratie) {
        pid = String.valueOf(configuratie.get("service.pid"));
        Afzender.uit(configuratie).ifPresentOrElse(a -> afzenders.zet(pid, a), () -> afzenders.verwijder(pid));
    }

    @Deactivate
    void weg() {
        afzenders.verwijder(pid);
    }
}
