package nl.samenspraak.web.internal.werkplek;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Bewoner;
import nl.samenspraak.web.internal.werkplek.StempassenPagina.Brief;
import nl.samenspraak.web.internal.werkplek.Stembrievenkluis.Stembrieven;

/**
 * The letters of one issue as bytes for the kluis, and back: compressed, field by field, behind a version number, so
 * that a node of the next version refuses what it cannot read instead of misreading it during a rolling upgrade.
 */
final class Stembrievenformaat {

    private static final int VERSIE = 1;

    private Stembrievenformaat() {
    }

    static byte[] schrijf(Stembrieven brieven) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream uit = new DataOutputStream(new DeflaterOutputStream(bytes))) {
            uit.writeInt(VERSIE);
            uit.writeUTF(brieven.gemeente());
            uit.writeUTF(brieven.ronde());
            uit.writeUTF(brieven.stemadres());
            datum(uit, brieven.stemmenVanaf());
            datum(uit, brieven.stemmenTot());
            uit.writeLong(brieven.vandaag().toEpochDay());
            uit.writeInt(brieven.brieven().size());
            for (Brief brief : brieven.brieven()) {
                Bewoner bewoner = brief.bewoner();
                uit.writeInt(bewoner.regel());
                uit.writeUTF(bewoner.kiezer().kenmerk());
                uit.writeLong(bewoner.kiezer().geboortedatum().toEpochDay());
                tekst(uit, bewoner.kiezer().wijk());
                tekst(uit, bewoner.naam());
                tekst(uit, bewoner.adres());
                tekst(uit, bewoner.postcode());
                tekst(uit, bewoner.woonplaats());
                uit.writeUTF(brief.stemcode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are of another version or not letters at all */
    static Stembrieven lees(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes)))) {
            int versie = in.readInt();
            if (versie != VERSIE) {
                throw new IllegalArgumentException("letters of format " + versie + "; this node reads " + VERSIE);
            }
            String gemeente = in.readUTF();
            String ronde = in.readUTF();
            String stemadres = in.readUTF();
            Optional<LocalDate> vanaf = datum(in);
            Optional<LocalDate> tot = datum(in);
            LocalDate vandaag = LocalDate.ofEpochDay(in.readLong());
            int aantal = in.readInt();
            List<Brief> brieven = new ArrayList<>(aantal);
            for (int i = 0; i < aantal; i++) {
                int regel = in.readInt();
                Kiezer kiezer = new Kiezer(in.readUTF(), LocalDate.ofEpochDay(in.readLong()), tekst(in));
                Bewoner bewoner = new Bewoner(regel, kiezer, tekst(in), tekst(in), tekst(in), tekst(in));
                brieven.add(new Brief(bewoner, in.readUTF()));
            }
            return new Stembrieven(gemeente, ronde, brieven, stemadres, vanaf, tot, vandaag);
        } catch (IOException e) {
            throw new IllegalArgumentException("not the letters of an issue of voting codes", e);
        }
    }

    /** A date that may be absent (the vote's first and last day). */
    private static void datum(DataOutputStream uit, Optional<LocalDate> datum) throws IOException {
        uit.writeBoolean(datum.isPresent());
        if (datum.isPresent()) {
            uit.writeLong(datum.get().toEpochDay());
        }
    }

    private static Optional<LocalDate> datum(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
    }

    private static void tekst(DataOutputStream uit, String tekst) throws IOException {
        uit.writeBoolean(tekst != null);
        if (tekst != null) {
            uit.writeUTF(tekst);
        }
    }

    private static String tekst(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
