package nl.samenspraak.core.internal.regels;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Signs real jars with the JDK's keytool and jarsigner, and checks what {@link Handtekening} makes of them. */
public class HandtekeningTest {

    @ClassRule
    public static final TemporaryFolder MAP = new TemporaryFolder();

    private static Path sleutels;
    private static String leverancier;

    @BeforeClass
    public static void sleutels() throws Exception {
        sleutels = MAP.getRoot().toPath().resolve("sleutels.p12");
        for (String alias : List.of("leverancier", "ander")) {
            jdk("keytool", "-genkeypair", "-keystore", sleutels.toString(), "-storetype", "PKCS12", "-storepass", "geheim",
                    "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=" + alias);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(sleutels)) {
            store.load(in, "geheim".toCharArray());
        }
        leverancier = Handtekening.vingerafdruk(store.getCertificate("leverancier"));
    }

    @Test
    public void aJarSignedEntirelyNamesItsSigner() throws Exception {
        Path jar = onderteken(jar("a.jar"), "leverancier");
        Handtekening.Uitkomst uitkomst = Handtekening.controleer(jar);
        assertEquals(java.util.Set.of(leverancier), uitkomst.ondertekenaars());
    }

    @Test
    public void anUnsignedJarHasNoSigner() throws Exception {
        Handtekening.Uitkomst uitkomst = Handtekening.controleer(jar("b.jar"));
        assertTrue(uitkomst.ondertekenaars().isEmpty());
        assertTrue(uitkomst.fout(), uitkomst.fout().contains("niet ondertekend"));
    }

    @Test
    public void anEntryAddedAfterSigningRefusesTheWholeJar() throws Exception {
        Path getekend = onderteken(jar("c.jar"), "leverancier");
        Path erbij = MAP.getRoot().toPath().resolve("c-erbij.jar");
        kopieer(getekend, erbij, "nl/x/Achterdeur.class", "kwaad", null);
        Handtekening.Uitkomst uitkomst = Handtekening.controleer(erbij);
        assertTrue(uitkomst.ondertekenaars().isEmpty());
        assertTrue(uitkomst.fout(), uitkomst.fout().contains("Achterdeur.class is niet ondertekend"));
    }

    @Test
    public void aChangedEntryRefusesTheWholeJar() throws Exception {
        Path getekend = onderteken(jar("d.jar"), "leverancier");
        Path veranderd = MAP.getRoot().toPath().resolve("d-veranderd.jar");
        kopieer(getekend, veranderd, null, "anders", "nl/x/Regels.class");
        Handtekening.Uitkomst uitkomst = Handtekening.controleer(veranderd);
        assertTrue(uitkomst.ondertekenaars().isEmpty());
        assertTrue(uitkomst.fout(), uitkomst.fout().contains("Regels.class"));
    }

    @Test
    public void fingerprintsAreReadAsKeytoolPrintsThem() {
        assertEquals("eb60ae", Handtekening.normaliseer("EB:60:AE"));
        assertTrue(Handtekening.handtekeningbestand("META-INF/LEVERANC.SF"));
        assertTrue(!Handtekening.handtekeningbestand("META-INF/maven/x/pom.properties"));
        assertEquals(List.of("META-INF/MANIFEST.MF", "META-INF/A.RSA", "META-INF/A.SF", "nl/x/Regels.class"),
                Handtekening.volgorde(List.of("nl/x/Regels.class", "META-INF/A.SF", "META-INF/MANIFEST.MF", "META-INF/A.RSA")));
    }

    private static Path jar(String naam) throws IOException {
        Path jar = MAP.getRoot().toPath().resolve(naam);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        manifest.getMainAttributes().putValue("Samenspraak-Gemeente", "GM0599");
        try (JarOutputStream uit = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            uit.putNextEntry(new JarEntry("nl/x/Regels.class"));
            uit.write("regels".getBytes(StandardCharsets.UTF_8));
            uit.closeEntry();
        }
        return jar;
    }

    private static Path onderteken(Path jar, String alias) throws Exception {
        jdk("jarsigner", "-keystore", sleutels.toString(), "-storetype", "PKCS12", "-storepass", "geheim", jar.toString(), alias);
        return jar;
    }

    /** Copies a jar, adding an entry or changing one's content. */
    private static void kopieer(Path van, Path naar, String nieuw, String inhoud, String vervang) throws IOException {
        try (ZipFile in = new ZipFile(van.toFile()); ZipOutputStream uit = new ZipOutputStream(Files.newOutputStream(naar))) {
            for (var e = in.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                uit.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(vervang)) {
                    uit.write(inhoud.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.getInputStream(entry).transferTo(uit);
                }
                uit.closeEntry();
            }
            if (nieuw != null) {
                uit.putNextEntry(new ZipEntry(nieuw));
                uit.write(inhoud.getBytes(StandardCharsets.UTF_8));
                uit.closeEntry();
            }
        }
    }

    private static void jdk(String tool, String... args) throws Exception {
        List<String> opdracht = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", tool).toString()));
        opdracht.addAll(List.of(args));
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(tool + ": " + uitvoer, 0, p.waitFor());
    }
}
