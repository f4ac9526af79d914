package nl.samenspraak.mail.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends one mail through the configured SMTP server: plain text with an HTML alternative, From the platform's
 * address under the gemeente's name, Reply-To the gemeente, and a List-Unsubscribe header where the mail has an
 * unsubscribe link.
 */
final class Smtp {

    private final Session sessie;
    private final String van;
    private final String gebruiker;
    private final String wachtwoord;

    Smtp(String host, int poort, boolean starttls, String gebruiker, String wachtwoord, String van, int timeoutMillis) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(poort));
        p.put("mail.smtp.auth", String.valueOf(!gebruiker.isEmpty()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.starttls.required", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        p.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        p.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        p.put("mail.smtp.from", van);
        this.sessie = Session.getInstance(p);
        this.van = van;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
    }

    void verstuur(Mail mail) throws MessagingException {
        Transport transport = sessie.getTransport();
        ClassLoader eerder = Thread.currentThread().getContextClassLoader();
        // Jakarta Activation finds the handlers that write text and multipart content (Angus Mail's META-INF/mailcap)
        // through the context class loader; in OSGi only the provider's own bundle sees that file
        Thread.currentThread().setContextClassLoader(transport.getClass().getClassLoader());
        try {
            MimeMessage bericht = new MimeMessage(sessie);
            bericht.setFrom(adres(van, mail.afzender().naam()));
            mail.afzender().antwoordadres().ifPresent(a -> {
                try {
                    bericht.setReplyTo(new InternetAddress[] { new InternetAddress(a, true) });
                } catch (MessagingException e) {
                    throw new IllegalArgumentException("reply-to address of " + mail.afzender().gemeente() + ": " + a, e);
                }
            });
            bericht.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.aan(), true));
            bericht.setSubject(mail.onderwerp(), StandardCharsets.UTF_8.name());
            bericht.setSentDate(new java.util.Date());
            if (mail.afmeldlink().isPresent()) {
                bericht.setHeader("List-Unsubscribe", "<" + mail.afmeldlink().get() + ">");
            }
            MimeBodyPart tekst = new MimeBodyPart();
            tekst.setText(mail.tekst(), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternatief = new MimeMultipart("alternative", tekst, html);
            bericht.setContent(alternatief);
            bericht.saveChanges();
            if (gebruiker.isEmpty()) {
                transport.connect();
            } else {
                transport.connect(gebruiker, wachtwoord);
            }
            try {
                transport.sendMessage(bericht, bericht.getAllRecipients());
            } finally {
                transport.close();
            }
        } finally {
            Thread.currentThread().setContextClassLoader(eerder);
        }
    }

    private static InternetAddress adres(String adres, String naam) throws MessagingException {
        try {
            return new InternetAddress(adres, naam, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
