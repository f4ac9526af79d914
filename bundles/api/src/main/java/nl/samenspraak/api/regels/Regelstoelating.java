package nl.samenspraak.api.regels;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The admission of gemeente rules bundles: every admission, refusal, install, update and withdrawal, with the
 * certificate that signed the bundle and the gemeente it is for, newest last. The hosting provider reads it with
 * {@code samenspraak:regels-toelating}.
 *
 * @since 1.2
 */
@ProviderType
public interface Regelstoelating {

    /** What happened, oldest first; the platform keeps the most recent events only (see its documentation). */
    List<Toelatingsgebeurtenis> gebeurtenissen();
}
