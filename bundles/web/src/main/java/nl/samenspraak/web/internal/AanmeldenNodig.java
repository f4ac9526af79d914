package nl.samenspraak.web.internal;

/** Thrown by a page that needs a signed-in user: the front servlet sends the resident to the sign-in page. */
final class AanmeldenNodig extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AanmeldenNodig() {
        super(null, null, false, false);
    }
}
