package nl.samenspraak.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/nl.samenspraak.mail.cfg}: the SMTP server mail goes out through. Nothing is sent until enabled. */
@ObjectClassDefinition(name = "Samenspraak mail", description = "The SMTP server the outbox is sent through")
@interface MailConfig {

    String PID = "nl.samenspraak.mail";

    @AttributeDefinition(description = "Send the outbox; until true, messages wait in it and nothing is sent")
    boolean enabled() default false;

    String host() default "";

    int port() default 587;

    @AttributeDefinition(description = "Require STARTTLS before signing in and sending")
    boolean starttls() default true;

    @AttributeDefinition(description = "Sign in with this user (leave empty for a server that needs no sign-in)")
    String username() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "The envelope and From address, e.g. noreply@samenspraak.example.nl; each gemeente adds its own sender name and reply-to")
    String from() default "";

    @AttributeDefinition(description = "The public address of the platform, for the links in mails, e.g. https://samenspraak.example.nl")
    String url() default "http://localhost:8181";

    @AttributeDefinition(description = "Secret that signs unsubscribe links; the same on every node. Empty: a key made by this node and kept in its data folder")
    String sleutel() default "";

    @AttributeDefinition(description = "Seconds between looks at the outbox")
    int interval() default 5;

    @AttributeDefinition(description = "Seconds a node may hold a message it is sending before another node may take it over")
    int lease() default 120;

    @AttributeDefinition(description = "Milliseconds to wait for the SMTP server to connect or answer")
    int timeout() default 10000;

    @AttributeDefinition(description = "Time of day (HH:mm, Dutch time) of the residents' daily overview of the mail they want once a day")
    String dagoverzicht() default "08:00";
}
