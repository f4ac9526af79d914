package nl.samenspraak.core.internal.security;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.security.AanmeldenMisluktException;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.TeVeelPogingenException;
import nl.samenspraak.api.security.Wachtwoordcontrole;

/**
 * User name and password against a Karaf JAAS realm ({@code karaf} by default, i.e. {@code etc/users.properties}
 * plus the realms of higher rank). The realm's role principals become the user's roles. The API's HTTP Basic
 * login and the sign-in page both use this one component.
 * <p>
 * A successful login is remembered for {@code cache.seconds} (see {@link CredentialCache}): a JAAS login
 * re-reads the users file and hashes the password, which would otherwise cost every API request. A removed
 * user, a changed password or changed roles take effect after at most that time; {@code cache.seconds = 0}
 * makes every request log in. Changing this configuration forgets every remembered login.
 */
@Component(configurationPid = "nl.samenspraak.security")
@Designate(ocd = JaasWachtwoordcontrole.Config.class)
public class JaasWachtwoordcontrole implements Wachtwoordcontrole {

    @ObjectClassDefinition(name = "Samenspraak authenticatie",
            description = "Aanmelden met gebruikersnaam en wachtwoord tegen een JAAS-realm van Karaf")
    @interface Config {
        @AttributeDefinition(description = "Naam van de JAAS-realm")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconden dat een geslaagde aanmelding wordt onthouden (0: nooit). "
                + "Een verwijderde gebruiker of gewijzigd wachtwoord werkt pas na hoogstens deze tijd door.")
        int cache_seconds() default 60;

        @AttributeDefinition(description = "Hoeveel gebruikers er hoogstens worden onthouden")
        int cache_size() default 10_000;

        @AttributeDefinition(description = "Mislukte aanmeldingen per gebruikersnaam en per adres zonder wachttijd")
        int throttle_free() default 5;

        @AttributeDefinition(description = "Mislukte aanmeldingen per adres zonder wachttijd: hoger dan per gebruiker, "
                + "want achter één adres (de NAT van een gemeentehuis) zitten veel gebruikers")
        int throttle_address_free() default 20;

        @AttributeDefinition(description = "Seconden wachttijd na de vrije pogingen; verdubbelt per volgende mislukking")
        int throttle_first_seconds() default 1;

        @AttributeDefinition(description = "Seconden wachttijd hoogstens: er is nooit een blijvende blokkade")
        int throttle_max_seconds() default 60;
    }

    /** Every sign-in and every failed one, with user name and address, never the password: route it with pax-logging. */
    static final Logger BEVEILIGING = LoggerFactory.getLogger("samenspraak.beveiliging");
    private static final Duration VERGETEN = Duration.ofMinutes(15);
    private static final int SLEUTELS = 100_000;

    private volatile String realm;
    private volatile CredentialCache cache;
    private volatile Afremmer perGebruiker;
    private volatile Afremmer perAdres;

    @Activate
    @Modified
    void configure(Config config) {
        realm = config.realm();
        cache = new CredentialCache(Duration.ofSeconds(Math.max(0, config.cache_seconds())),
                Math.max(1, config.cache_size()), System::nanoTime);
        Duration eerste = Duration.ofSeconds(Math.max(1, config.throttle_first_seconds()));
        Duration maximum = Duration.ofSeconds(Math.max(config.throttle_first_seconds(), config.throttle_max_seconds()));
        perGebruiker = new Afremmer(Math.max(1, config.throttle_free()), eerste, maximum, VERGETEN, SLEUTELS, System::nanoTime);
        perAdres = new Afremmer(Math.max(1, config.throttle_address_free()), eerste, maximum, VERGETEN, SLEUTELS, System::nanoTime);
    }

    @Override
    public Gebruiker controleer(String gebruikersnaam, char[] wachtwoord) throws AanmeldenMisluktException {
        return controleer(gebruikersnaam, wachtwoord, null);
    }

    /**
     * Refuses at once, without checking the password, while the user name or the address must wait; otherwise
     * checks it and counts a failure against both. A success clears the user name's count, not the address's: one
     * right password does not buy an address more guesses at other users.
     */
    @Override
    public Gebruiker controleer(String gebruikersnaam, char[] wachtwoord, String clientadres) throws AanmeldenMisluktException {
        if (gebruikersnaam == null || gebruikersnaam.isEmpty()) {
            throw new AanmeldenMisluktException("Gebruikersnaam ontbreekt");
        }
        String gebruiker = "gebruiker:" + gebruikersnaam.toLowerCase(java.util.Locale.ROOT);
        String adres = clientadres == null ? null : "adres:" + clientadres;
        Optional<Duration> wacht = perGebruiker.wachttijd(gebruiker);
        if (adres != null) {
            Optional<Duration> wachtAdres = perAdres.wachttijd(adres);
            if (wachtAdres.isPresent() && (wacht.isEmpty() || wachtAdres.get().compareTo(wacht.get()) > 0)) {
                wacht = wachtAdres;
            }
        }
        if (wacht.isPresent()) {
            BEVEILIGING.warn("Aanmelden geweigerd zonder controle (te veel mislukte pogingen): gebruiker={} adres={}",
                    Logtekst.veilig(gebruikersnaam), Logtekst.veilig(clientadres));
            throw new TeVeelPogingenException(wacht.get());
        }
        try {
            Gebruiker aangemeld = cache.authenticate(gebruikersnaam, wachtwoord, (naam, geheim) -> {
                Gebruiker nieuw = login(naam, geheim);
                BEVEILIGING.info("Aangemeld: gebruiker={} adres={}", Logtekst.veilig(naam), Logtekst.veilig(clientadres));
                return nieuw;
            });
            perGebruiker.gelukt(gebruiker);
            return aangemeld;
        } catch (AanmeldenMisluktException e) {
            perGebruiker.mislukt(gebruiker);
            if (adres != null) {
                perAdres.mislukt(adres);
            }
            BEVEILIGING.warn("Aanmelden mislukt: gebruiker={} adres={}", Logtekst.veilig(gebruikersnaam),
                    Logtekst.veilig(clientadres));
            throw e;
        }
    }

    private Gebruiker login(String username, char[] password) throws AanmeldenMisluktException {
        Subject subject = jaasLogin(username, password);
        String naam = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst()
                .orElse(username);
        Set<String> rollen = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        return new Gebruiker(naam, rollen);
    }

    private Subject jaasLogin(String username, char[] password) throws AanmeldenMisluktException {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's proxy login module through the context class loader
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(username);
                    } else if (callback instanceof PasswordCallback secret) {
                        secret.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            throw new AanmeldenMisluktException("Gebruikersnaam of wachtwoord onjuist");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
