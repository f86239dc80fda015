package org.triadcsr.archfixture.app.ui;

import org.triadcsr.archfixture.app.store.BadStore;

/** Deliberately wrong (test fixture): a ui class, part of a ui -> store -> ui cycle. */
public class FixtureView {
    public BadStore store;
}
