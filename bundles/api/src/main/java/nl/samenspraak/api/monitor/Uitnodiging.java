package nl.samenspraak.api.monitor;

import java.util.Objects;
import java.util.Set;

/**
 * A questionnaire whose occasion was recorded, with whom it invites: what a sender of invitations (mail) needs.
 * A wijkbudget round's questionnaire invites nobody by name: its voters answer with the receipt of their ballot,
 * and nothing may tie a ballot to a person; they are invited on the round's result page.
 *
 * @param genodigden the user names of the subject's participants (never the gemeente's side), who answer signed in
 * @param pad the questionnaire's page, e.g. {@code /gemeenten/GM0222/vragenlijsten/3f2a….uitvoering}
 */
public record Uitnodiging(Vragenlijst vragenlijst, Set<String> genodigden, String pad) {

    public Uitnodiging {
        Objects.requireNonNull(vragenlijst, "vragenlijst");
        genodigden = Set.copyOf(genodigden);
        Objects.requireNonNull(pad, "pad");
    }

    /** The page of a questionnaire. */
    public static String pad(Vragenlijst vragenlijst) {
        return "/gemeenten/" + vragenlijst.gemeente() + "/vragenlijsten/" + vragenlijst.id();
    }
}
