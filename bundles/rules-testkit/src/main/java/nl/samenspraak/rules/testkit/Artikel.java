package nl.samenspraak.rules.testkit;

import java.util.regex.Pattern;

/**
 * Whether a text cites an article, as every reason must: an article or paragraph number ("art. 4 lid 2",
 * "artikel 3:16 Awb", "§ 3"), or at least the regulation it rests on by kind ("Model participatieverordening
 * (VNG), inspraak"). A bare word such as "commercieel" is a reason's text put in the wrong field.
 */
public final class Artikel {

    private static final Pattern NUMMER = Pattern.compile("(?i)(\\bart(ikel|\\.)?|§)\\s*\\d+[a-z]?([.:]\\d+[a-z]?)*");
    private static final Pattern REGELING = Pattern.compile(
            "(?i)(verordening|regeling|\\bwet\\b|wetboek|\\bawb\\b|gemeentewet|besluit|beleidsregel|reglement)");

    private Artikel() {
    }

    public static boolean lijktOpArtikel(String verwijzing) {
        return verwijzing != null && (NUMMER.matcher(verwijzing).find() || REGELING.matcher(verwijzing).find());
    }
}
