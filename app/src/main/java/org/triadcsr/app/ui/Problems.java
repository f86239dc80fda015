package org.triadcsr.app.ui;

import org.triadcsr.app.store.StoreException;

/** A failure in words for the user, in their language; the details go to the log, never to the screen. */
public final class Problems {
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static String describe(Throwable problem, Messages m) {
        LOG.log(System.Logger.Level.WARNING, "shown to the user", problem);
        if (problem instanceof StoreException s) {
            return s.messageIn(m.language());
        }
        return m.get("error.unexpected");
    }
}
