package nl.samenspraak.rules.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Verordening;

/**
 * The gemeente's published facts, stated once in a small file by whoever reads the real regulation, and
 * checked against what a rules bundle publishes. The contract checks that a bundle does what it publishes; this
 * checks that it publishes what the gemeente decided: a lead time of four weeks, published and enforced
 * consistently, still fails when the regulation says six.
 *
 * <p>The file is a properties file (UTF-8); only the facts it states are checked, and a key the kit does not
 * know fails (a typo must not silently check nothing). Durations read {@code 6 weken}, {@code 3 maanden},
 * {@code 10 dagen}; amounts in euro {@code 1500} or {@code 1500,00}; dates {@code 2025-01-01}.
 *
 * <pre>
 * # Subsidieregeling bewonersinitiatieven 2025 (CVDR123456), art. 2-5
 * regeling.bewonersinitiatief.geldig-vanaf = 2025-01-01
 * regeling.bewonersinitiatief.maximum.straat = 750
 * regeling.bewonersinitiatief.maximum.buurt = 1500
 * regeling.bewonersinitiatief.aanvraag-vooraf = 6 weken
 * regeling.bewonersinitiatief.leeftijd-aanvrager = 18
 * regeling.bewonersinitiatief.ondersteuners = 4
 * regeling.bewonersinitiatief.leeftijd-ondersteuners = 12
 * regeling.bewonersinitiatief.beslistermijn = 8 weken
 * # Participatieverordening 2025
 * verordening.geldig-vanaf = 2025-01-01
 * verordening.zienswijzetermijn = 6 weken
 * verordening.zienswijzetermijn.omgevingsplan = 6 weken
 * verordening.reactienotatermijn = 12 weken
 * verordening.uitgesloten = begroting, belastingen, tarieven
 * verordening.uitdaagrecht = ja
 * verordening.uitdaagrecht-beslistermijn = 8 weken
 * </pre>
 *
 * A plain assertion API: {@link #controleer(Subsidieregeling)} throws an {@link AssertionError} naming every
 * difference, so it works the same from JUnit 4, JUnit 5 or any other runner.
 */
public final class Feiten {

    private static final Pattern REGELING = Pattern.compile("regeling\\.([^.]+)\\.(.+)");
    private static final Pattern DUUR = Pattern.compile("(\\d+)\\s*(dag|dagen|week|weken|maand|maanden|jaar)");
    private static final Set<String> REGELINGSFEITEN = Set.of("geldig-vanaf", "geldig-tot", "maximum.straat",
            "maximum.buurt", "maximum.wijk", "maximum.stad", "aanvraag-vooraf", "leeftijd-aanvrager", "ondersteuners",
            "leeftijd-ondersteuners", "beslistermijn");
    private static final Set<String> VERORDENINGSFEITEN = Set.of("verordening.geldig-vanaf", "verordening.geldig-tot",
            "verordening.zienswijzetermijn", "verordening.reactienotatermijn", "verordening.uitgesloten",
            "verordening.uitdaagrecht", "verordening.uitdaagrecht-beslistermijn");

    private final String bron;
    private final Map<String, String> feiten;

    private Feiten(String bron, Map<String, String> feiten) {
        this.bron = bron;
        this.feiten = feiten;
        List<String> onbekend = feiten.keySet().stream().filter(k -> !bekend(k)).toList();
        if (!onbekend.isEmpty()) {
            throw new IllegalArgumentException(bron + ": onbekende feiten " + onbekend + "; bekend zijn "
                    + VERORDENINGSFEITEN + ", verordening.zienswijzetermijn.<besluitsoort> en regeling.<sleutel>."
                    + REGELINGSFEITEN);
        }
    }

    /** The facts in a file. */
    public static Feiten uit(Path bestand) {
        try (Reader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            return uit(in, bestand.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The facts in a resource on the class path beside {@code naast}, e.g. {@code uit(MijnTest.class, "feiten.properties")}. */
    public static Feiten uit(Class<?> naast, String resource) {
        InputStream in = naast.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("geen " + resource + " naast " + naast.getName() + " op het classpath");
        }
        try (Reader lezer = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return uit(lezer, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Feiten uit(Reader in, String bron) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, String> feiten = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> feiten.put(k.trim(), p.getProperty(k).trim()));
        return new Feiten(bron, feiten);
    }

    private static boolean bekend(String sleutel) {
        Matcher m = REGELING.matcher(sleutel);
        if (m.matches()) {
            return REGELINGSFEITEN.contains(m.group(2));
        }
        return VERORDENINGSFEITEN.contains(sleutel) || sleutel.startsWith("verordening.zienswijzetermijn.")
                && besluitsoort(sleutel.substring("verordening.zienswijzetermijn.".length())).isPresent();
    }

    /** Checks the scheme against the facts stated for its key {@code regeling.<regeling()>.*}; fails when none are stated. */
    public void controleer(Subsidieregeling regeling) {
        String sleutel = regeling.regeling();
        String voor = "regeling." + sleutel + ".";
        if (feiten.keySet().stream().noneMatch(k -> k.startsWith(voor))) {
            throw new AssertionError(bron + " noemt geen feiten voor regeling '" + sleutel + "' (" + voor + "...)");
        }
        List<String> gebreken = new ArrayList<>();
        info(regeling.info(), voor, gebreken);
        Regelingsfeiten f = regeling.feiten();
        for (Schaal schaal : Schaal.values()) {
            String k = voor + "maximum." + schaal.name().toLowerCase(Locale.ROOT);
            Long gepubliceerd = f.maximumInCenten().get(schaal);
            vergelijk(k, gepubliceerd == null ? "geen" : Beschrijving.euro(gepubliceerd), Feiten::euro, gebreken);
        }
        vergelijk(voor + "aanvraag-vooraf", Beschrijving.duur(f.aanvraagVooraf()), Feiten::duur, gebreken);
        vergelijk(voor + "leeftijd-aanvrager", String.valueOf(f.minimumleeftijdAanvrager()), s -> s, gebreken);
        vergelijk(voor + "ondersteuners", String.valueOf(f.vereisteOndersteuners()), s -> s, gebreken);
        vergelijk(voor + "leeftijd-ondersteuners", String.valueOf(f.minimumleeftijdOndersteuners()), s -> s, gebreken);
        termijn(voor + "beslistermijn", f::beslistermijn, gebreken);
        Beschrijving.faal(naam(regeling) + " wijkt af van de gepubliceerde feiten in " + bron, gebreken);
    }

    /** Checks the ordinance against the facts stated for {@code verordening.*}; fails when none are stated. */
    public void controleer(Verordening verordening) {
        if (feiten.keySet().stream().noneMatch(k -> k.startsWith("verordening."))) {
            throw new AssertionError(bron + " noemt geen feiten voor de verordening (verordening....)");
        }
        List<String> gebreken = new ArrayList<>();
        info(verordening.info(), "verordening.", gebreken);
        for (Besluitsoort soort : Besluitsoort.values()) {
            String eigen = "verordening.zienswijzetermijn." + soort.name().toLowerCase(Locale.ROOT);
            String k = feiten.containsKey(eigen) ? eigen : "verordening.zienswijzetermijn";
            termijn(k, () -> verordening.zienswijzetermijn(soort), gebreken, " voor " + soort.name().toLowerCase(Locale.ROOT));
        }
        termijn("verordening.reactienotatermijn", verordening::reactienotatermijn, gebreken);
        String uitgesloten = feiten.get("verordening.uitgesloten");
        if (uitgesloten != null) {
            Set<Onderwerp> verwacht = EnumSet.noneOf(Onderwerp.class);
            for (String naam : uitgesloten.split("[,;]")) {
                if (!naam.isBlank() && !naam.strip().equalsIgnoreCase("geen")) {
                    verwacht.add(onderwerp(naam.strip()));
                }
            }
            for (Onderwerp o : Onderwerp.values()) {
                Optional<Reden> reden = probeer(() -> verordening.uitgesloten(o), "uitgesloten(" + o + ")", gebreken);
                if (reden == null) {
                    continue;
                }
                if (verwacht.contains(o) && reden.isEmpty()) {
                    gebreken.add("verordening.uitgesloten: " + o.name().toLowerCase(Locale.ROOT)
                            + " is volgens de feiten uitgesloten van inspraak, de verordening geeft er inspraak op");
                } else if (!verwacht.contains(o) && reden.isPresent()) {
                    gebreken.add("verordening.uitgesloten: de verordening sluit " + o.name().toLowerCase(Locale.ROOT)
                            + " uit (" + reden.get().artikel() + "), de feiten niet");
                }
            }
        }
        String uitdaagrecht = feiten.get("verordening.uitdaagrecht");
        boolean heeft = verordening.zonderUitdaagrecht().isEmpty();
        if (uitdaagrecht != null && heeft != ja(uitdaagrecht)) {
            gebreken.add("verordening.uitdaagrecht: de feiten zeggen '" + uitdaagrecht + "', de verordening "
                    + (heeft ? "regelt het wel" : "regelt het niet (" + verordening.zonderUitdaagrecht().get().artikel() + ")"));
        }
        if (heeft) {
            termijn("verordening.uitdaagrecht-beslistermijn", verordening::uitdaagrechtBeslistermijn, gebreken);
        }
        Beschrijving.faal(naam(verordening) + " wijkt af van de gepubliceerde feiten in " + bron, gebreken);
    }

    private void info(RegelsInfo info, String voor, List<String> gebreken) {
        vergelijk(voor + "geldig-vanaf", info.geldigVanaf().toString(), Feiten::datum, gebreken);
        vergelijk(voor + "geldig-tot", info.geldigTot().map(LocalDate::toString).orElse("geen"),
                s -> s.equalsIgnoreCase("geen") ? "geen" : datum(s), gebreken);
    }

    private void termijn(String sleutel, Supplier<Termijn> bron, List<String> gebreken) {
        termijn(sleutel, bron, gebreken, "");
    }

    private void termijn(String sleutel, Supplier<Termijn> bron, List<String> gebreken, String waarvoor) {
        if (!feiten.containsKey(sleutel)) {
            return;
        }
        Termijn termijn = probeer(bron, sleutel, gebreken);
        if (termijn == null) {
            return;
        }
        String verwacht = duur(feiten.get(sleutel));
        String gepubliceerd = Beschrijving.duur(termijn.duur());
        if (!verwacht.equals(gepubliceerd)) {
            gebreken.add(sleutel + waarvoor + ": de regels publiceren " + gepubliceerd + " (" + termijn.grondslag().artikel()
                    + "), de feiten zeggen " + verwacht);
        }
    }

    private void vergelijk(String sleutel, String gepubliceerd, Function<String, String> lees, List<String> gebreken) {
        String feit = feiten.get(sleutel);
        if (feit == null) {
            return;
        }
        String verwacht;
        try {
            verwacht = lees.apply(feit);
        } catch (RuntimeException e) {
            gebreken.add(sleutel + ": '" + feit + "' in " + bron + " is onleesbaar: " + e.getMessage());
            return;
        }
        if (!verwacht.equals(gepubliceerd)) {
            gebreken.add(sleutel + ": de regels publiceren " + gepubliceerd + ", de feiten zeggen " + verwacht);
        }
    }

    private static <T> T probeer(Supplier<T> bron, String wat, List<String> gebreken) {
        try {
            return bron.get();
        } catch (RuntimeException e) {
            gebreken.add(wat + " gooide " + e);
            return null;
        }
    }

    /** "6 weken" as {@link Beschrijving#duur} says it, so that "42 dagen" and "6 weken" compare equal. */
    static String duur(String tekst) {
        Matcher m = DUUR.matcher(tekst.toLowerCase(Locale.ROOT).strip());
        if (tekst.strip().equalsIgnoreCase("geen")) {
            return Beschrijving.duur(Period.ZERO);
        }
        if (!m.matches()) {
            throw new IllegalArgumentException("geen duur als '6 weken', '3 maanden' of '10 dagen'");
        }
        int n = Integer.parseInt(m.group(1));
        Period p = switch (m.group(2)) {
            case "dag", "dagen" -> Period.ofDays(n);
            case "week", "weken" -> Period.ofWeeks(n);
            case "maand", "maanden" -> Period.ofMonths(n);
            default -> Period.ofYears(n);
        };
        return Beschrijving.duur(p);
    }

    static String euro(String tekst) {
        if (tekst.equalsIgnoreCase("geen")) {
            return "geen";
        }
        String getal = tekst.replace("EUR", "").replace("€", "").strip();
        // Dutch "1.500,00", or "1500.00" with a decimal point
        getal = getal.contains(",") || !getal.matches("\\d+\\.\\d{2}") ? getal.replace(".", "").replace(',', '.') : getal;
        BigDecimal bedrag = new BigDecimal(getal);
        return Beschrijving.euro(bedrag.movePointRight(2).longValueExact());
    }

    private static String datum(String tekst) {
        try {
            return LocalDate.parse(tekst).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("geen datum JJJJ-MM-DD");
        }
    }

    private static boolean ja(String tekst) {
        return Set.of("ja", "yes", "true", "wel").contains(tekst.strip().toLowerCase(Locale.ROOT));
    }

    private static Optional<Besluitsoort> besluitsoort(String naam) {
        return Set.of(Besluitsoort.values()).stream().filter(b -> b.name().equalsIgnoreCase(naam)).findFirst();
    }

    private static Onderwerp onderwerp(String naam) {
        return Set.of(Onderwerp.values()).stream().filter(o -> o.name().equalsIgnoreCase(naam.replace(' ', '_'))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("verordening.uitgesloten: onbekend onderwerp '" + naam
                        + "'; bekend: " + Set.of(Onderwerp.values()).stream().map(o -> o.name().toLowerCase(Locale.ROOT))
                                .sorted().collect(Collectors.joining(", "))));
    }

    private static String naam(Regels regels) {
        return regels.getClass().getSimpleName() + " (" + regels.info().titel() + ")";
    }
}
