package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Secrets on the unpacked distribution, as a security officer checks them: passwords stored as salted, slow
 * hashes (a hash of before still works until the password changes), the files holding secrets readable by their
 * owner only, and the voting-code key in {@code etc/} where a hosting provider backs it up, also for an
 * installation whose key Config Admin alone held: a code issued before still votes.
 */
public class GeheimenIT {

    private static final String PBKDF2 = "\\{CRYPT\\}pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+\\{CRYPT\\}";

    @Test
    public void passwordsAreSaltedSecretsAreOwnerOnlyAndTheVotingKeyIsKeptInEtc() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            Path users = d.home.resolve("etc/users.properties");
            Path stemgeheim = d.home.resolve("etc/nl.samenspraak.stemgeheim.cfg");
            Files.writeString(users, "\nnieuw-een = zelfde-wachtwoord-1,beheerder\nnieuw-twee = zelfde-wachtwoord-1,beheerder\n"
                    + "van-vroeger = {CRYPT}" + sha512("oud-wachtwoord-1") + "{CRYPT},beheerder\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            d.startDemo();

            // new passwords: hashed on first use, salted, so the same password is stored twice differently
            d.expect(200, mij(d, "nieuw-een", "zelfde-wachtwoord-1"));
            d.expect(200, mij(d, "nieuw-twee", "zelfde-wachtwoord-1"));
            d.expect(401, mij(d, "nieuw-een", "zelfde-wachtwoord-2"));
            String een = regel(users, "nieuw-een");
            String twee = regel(users, "nieuw-twee");
            assertTrue(een, een.matches("nieuw-een = " + PBKDF2 + ",beheerder"));
            assertTrue(twee, twee.matches("nieuw-twee = " + PBKDF2 + ",beheerder"));
            assertNotEquals("a salt of its own for each user", een.substring(een.indexOf('=')), twee.substring(twee.indexOf('=')));

            // a hash of before (unsalted SHA-512) still lets its user in, and stays until the password changes
            d.expect(200, mij(d, "van-vroeger", "oud-wachtwoord-1"));
            d.expect(401, mij(d, "van-vroeger", "ander-wachtwoord"));
            assertEquals("van-vroeger = {CRYPT}" + sha512("oud-wachtwoord-1") + "{CRYPT},beheerder", regel(users, "van-vroeger"));
            vervang(users, "van-vroeger", "van-vroeger = nieuw-wachtwoord-2,beheerder");
            d.awaitNothingMissing("Karaf hashes the changed password in the file", Distributie.START, () -> {
                try {
                    String regel = regel(users, "van-vroeger");
                    return regel.matches("van-vroeger = " + PBKDF2 + ",beheerder") ? "" : regel;
                } catch (Exception e) {
                    return e.toString();
                }
            });
            d.expect(200, mij(d, "van-vroeger", "nieuw-wachtwoord-2"));

            // the voting-code key is written to etc/ when first needed
            Stemronde ronde = Stemronde.openen(d, d, "Geheimen", 2);
            assertTrue("the key is in etc/ where it is backed up", Files.isRegularFile(stemgeheim));
            String sleutel = sleutel(stemgeheim);
            assertEquals(32, Base64.getDecoder().decode(sleutel).length);
            alleenVoorEigenaar(users, stemgeheim);

            // an installation from before: the key only in Config Admin's store under data/cache
            d.stop();
            Path opgeslagen = configAdminBestand(d.home.resolve("data"));
            List<String> zonderBestandsnaam = new ArrayList<>();
            for (String regel : Files.readAllLines(opgeslagen, StandardCharsets.UTF_8)) {
                if (!regel.startsWith("felix.fileinstall.filename")) {
                    zonderBestandsnaam.add(regel);
                }
            }
            // Config Admin's store escapes '=' (Base64 padding) as '\='
            assertTrue("Config Admin keeps the same key: " + zonderBestandsnaam,
                    String.join("\n", zonderBestandsnaam).replace("\\=", "=").contains("sleutel=\"" + sleutel + "\""));
            Files.write(opgeslagen, zonderBestandsnaam, StandardCharsets.UTF_8);
            Files.delete(stemgeheim);
            Files.setPosixFilePermissions(users, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));

            d.start();
            assertNotNull("a code issued before the upgrade still votes", ronde.stem(d, 0));
            d.awaitNothingMissing("the key of before is written to etc/", Distributie.START,
                    () -> Files.isRegularFile(stemgeheim) ? "" : "no " + stemgeheim);
            assertEquals("the same key, not a new one", sleutel, sleutel(stemgeheim));
            alleenVoorEigenaar(users, stemgeheim);
            assertTrue(d.log(), d.log().contains("Wrote the key for voting codes, until now only in Config Admin's store"));
        }
    }

    private static java.net.http.HttpResponse<String> mij(Distributie d, String gebruiker, String wachtwoord) {
        return d.send(HttpRequest.newBuilder(d.uri("/mij")).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8))).GET());
    }

    private static String regel(Path users, String gebruiker) throws Exception {
        return Files.readAllLines(users, StandardCharsets.UTF_8).stream().filter(r -> r.startsWith(gebruiker + " ="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + gebruiker + " in " + users));
    }

    private static void vervang(Path users, String gebruiker, String nieuw) throws Exception {
        List<String> regels = new ArrayList<>();
        for (String r : Files.readAllLines(users, StandardCharsets.UTF_8)) {
            regels.add(r.startsWith(gebruiker + " =") ? nieuw : r);
        }
        Files.write(users, regels, StandardCharsets.UTF_8);
    }

    private static String sleutel(Path cfg) throws Exception {
        return Files.readAllLines(cfg, StandardCharsets.UTF_8).stream().filter(r -> r.startsWith("sleutel"))
                .map(r -> r.substring(r.indexOf('=') + 1).strip()).findFirst().orElseThrow();
    }

    private static void alleenVoorEigenaar(Path... bestanden) throws Exception {
        for (Path bestand : bestanden) {
            Set<PosixFilePermission> rechten = Files.getPosixFilePermissions(bestand);
            assertFalse(bestand + " is readable by others: " + rechten, rechten.stream().anyMatch(
                    r -> r.name().startsWith("GROUP_") || r.name().startsWith("OTHERS_")));
        }
    }

    private static Path configAdminBestand(Path data) throws Exception {
        try (Stream<Path> paden = Files.walk(data)) {
            return paden.filter(p -> p.getFileName().toString().equals("stemgeheim.config")).findFirst()
                    .orElseThrow(() -> new AssertionError("no stemgeheim.config under " + data));
        }
    }

    private static String sha512(String wachtwoord) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(wachtwoord.getBytes(StandardCharsets.UTF_8)));
    }
}
