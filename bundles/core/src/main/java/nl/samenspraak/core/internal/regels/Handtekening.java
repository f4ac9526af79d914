package nl.samenspraak.core.internal.regels;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;

/**
 * Who signed a bundle, checked by the platform itself: Felix answers {@link Bundle#getSignerCertificates} only
 * with its security provider installed (not in Karaf's distribution; it needs a security manager), and answers
 * an empty map otherwise. So the bundle's own entries, as the framework installed them (not the file it came
 * from, which may have changed since), are put back into a jar and verified by {@link JarFile}: a signer counts
 * only if it signed every entry, and an entry that does not match its digest refuses the whole bundle.
 */
final class Handtekening {

    /** The SHA-256 fingerprints of the certificates that signed every entry; empty with {@code fout} if none. */
    record Uitkomst(Set<String> ondertekenaars, String fout) {
        static Uitkomst niet(String waarom) {
            return new Uitkomst(Set.of(), waarom);
        }

        String beschrijving() {
            return ondertekenaars.isEmpty() ? "niet ondertekend" : String.join(",", ondertekenaars);
        }
    }

    private Handtekening() {
    }

    static Uitkomst van(Bundle bundel) {
        List<String> paden = new ArrayList<>();
        verzamel(bundel, "/", paden);
        Path jar = null;
        try {
            jar = Files.createTempFile("samenspraak-handtekening-", ".jar");
            try (ZipOutputStream uit = new ZipOutputStream(Files.newOutputStream(jar))) {
                // the manifest and the signature files first, as in a signed jar
                for (String pad : volgorde(paden)) {
                    URL url = bundel.getEntry(pad);
                    if (url == null) {
                        continue;
                    }
                    uit.putNextEntry(new ZipEntry(pad));
                    try (InputStream in = url.openStream()) {
                        in.transferTo(uit);
                    }
                    uit.closeEntry();
                }
            }
            return controleer(jar);
        } catch (IOException | IllegalStateException e) {
            return Uitkomst.niet("de inhoud van de bundel is niet te lezen: " + e.getMessage());
        } finally {
            if (jar != null) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException e) {
                    // a temporary file left behind in the framework's temp folder
                }
            }
        }
    }

    private static void verzamel(Bundle bundel, String map, List<String> paden) {
        Enumeration<String> inhoud = bundel.getEntryPaths(map);
        while (inhoud != null && inhoud.hasMoreElements()) {
            String pad = inhoud.nextElement();
            if (pad.endsWith("/")) {
                verzamel(bundel, pad, paden);
            } else {
                paden.add(pad);
            }
        }
    }

    static List<String> volgorde(List<String> paden) {
        List<String> geordend = new ArrayList<>();
        paden.stream().filter(p -> p.equalsIgnoreCase(JarFile.MANIFEST_NAME)).forEach(geordend::add);
        paden.stream().filter(p -> !geordend.contains(p) && handtekeningbestand(p)).sorted().forEach(geordend::add);
        paden.stream().filter(p -> !geordend.contains(p)).forEach(geordend::add);
        return geordend;
    }

    /** The files of the signature itself, which no signature covers. */
    static boolean handtekeningbestand(String pad) {
        String p = pad.toUpperCase(Locale.ROOT);
        if (!p.startsWith("META-INF/") || p.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return p.equals("META-INF/MANIFEST.MF") || p.endsWith(".SF") || p.endsWith(".RSA") || p.endsWith(".DSA")
                || p.endsWith(".EC") || p.startsWith("META-INF/SIG-");
    }

    static Uitkomst controleer(Path pad) throws IOException {
        Set<String> gezamenlijk = null;
        try (JarFile jar = new JarFile(pad.toFile(), true)) {
            Enumeration<JarEntry> entries = jar.entries();
            byte[] buffer = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || handtekeningbestand(entry.getName())) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // read to the end: only then does JarFile compare the digest and know the signers
                    }
                } catch (SecurityException e) {
                    return Uitkomst.niet(entry.getName() + " klopt niet met de handtekening: " + e.getMessage());
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return Uitkomst.niet(entry.getName() + " is niet ondertekend");
                }
                Set<String> van = new HashSet<>();
                for (CodeSigner signer : signers) {
                    List<? extends Certificate> keten = signer.getSignerCertPath().getCertificates();
                    if (!keten.isEmpty()) {
                        van.add(vingerafdruk(keten.get(0)));
                    }
                }
                if (gezamenlijk == null) {
                    gezamenlijk = new TreeSet<>(van);
                } else {
                    gezamenlijk.retainAll(van);
                }
            }
        } catch (SecurityException e) {
            return Uitkomst.niet("de handtekening is ongeldig: " + e.getMessage());
        }
        if (gezamenlijk == null) {
            return Uitkomst.niet("de bundel heeft geen inhoud om te ondertekenen");
        }
        if (gezamenlijk.isEmpty()) {
            return Uitkomst.niet("geen certificaat heeft alle onderdelen ondertekend");
        }
        return new Uitkomst(Set.copyOf(gezamenlijk), null);
    }

    /** Lower-case hexadecimal SHA-256 of the certificate's encoding, as keytool shows it without the colons. */
    static String vingerafdruk(Certificate certificaat) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificaat.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("no SHA-256 of a certificate", e);
        }
    }

    /** A fingerprint as a provider may write it ({@code EB:60:AE:...}, any case) in the form above. */
    static String normaliseer(String vingerafdruk) {
        return vingerafdruk.replace(":", "").replace(" ", "").trim().toLowerCase(Locale.ROOT);
    }

}
