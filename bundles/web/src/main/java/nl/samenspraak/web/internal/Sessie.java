package nl.samenspraak.web.internal;

import java.util.Optional;

import nl.samenspraak.api.security.Gebruiker;

/**
 * One browser's session as this request sees it: its cookie value, the token every changing form must send back,
 * and who is signed in (if anyone). Kept by {@link Sessies} in the platform's database.
 */
record Sessie(String id, String csrf, Optional<Gebruiker> gebruiker) {
}
