package nl.samenspraak.mail.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.health.Health;
import nl.samenspraak.api.health.HealthCheck;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Outbox;

/**
 * Says whether mail goes out and how the outbox stands. Mail that is off or failing does not make the platform
 * unhealthy (nothing is lost: it waits), so this stays up and says so in its detail.
 */
@Component(service = HealthCheck.class)
public class MailHealthCheck implements HealthCheck {

    private final Verzender verzender;
    private final Outbox outbox;

    @Activate
    public MailHealthCheck(@Reference Verzender verzender, @Reference Outbox outbox) {
        this.verzender = verzender;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public Health check() {
        try {
            Map<Berichtstatus, Long> telling = outbox.telling();
            long wachtend = telling.get(Berichtstatus.WACHTEND) + telling.get(Berichtstatus.BEZIG);
            if (!verzender.aan()) {
                return Health.up("uit: er wordt geen mail verstuurd tot etc/nl.samenspraak.mail.cfg enabled = true, host en from heeft; "
                        + wachtend + " bericht(en) wachten");
            }
            return Health.up("aan via " + verzender.server() + "; " + wachtend + " wachtend, "
                    + telling.get(Berichtstatus.UITGESTELD) + " voor een dagoverzicht, " + telling.get(Berichtstatus.VERZONDEN) + " verzonden, " + telling.get(Berichtstatus.VERVALLEN) + " vervallen");
        } catch (RuntimeException e) {
            return Health.down("outbox niet leesbaar: " + e.getMessage());
        }
    }
}
