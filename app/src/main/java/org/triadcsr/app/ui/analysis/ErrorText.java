package org.triadcsr.app.ui.analysis;

import org.triadcsr.app.store.StoreException;
import org.triadcsr.app.ui.Messages;

/** What a failed load says to the user: the store's own words in their language, never a stack trace. */
public final class ErrorText {
    private static final System.Logger LOG = System.getLogger(ErrorText.class.getName());

    private ErrorText() {
    }

    public static String of(Throwable error, Messages messages) {
        LOG.log(System.Logger.Level.WARNING, "analysis tab could not load", error);
        if (error instanceof StoreException e) {
            return messages.get("analysis.error", e.messageIn(messages.locale().getLanguage()));
        }
        return messages.get("analysis.error", messages.get("analysis.error.unexpected"));
    }
}
