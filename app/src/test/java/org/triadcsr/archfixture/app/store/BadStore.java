package org.triadcsr.archfixture.app.store;

import java.util.logging.Logger;
import org.triadcsr.archfixture.app.ui.FixtureView;

/** Deliberately wrong (test fixture): store using ui, JavaFX, AWT, the console and java.util.logging. */
public class BadStore {
    public FixtureView view;
    public javafx.beans.property.SimpleStringProperty name;
    public java.awt.Color colour;

    public void log() {
        System.out.println("no");
        Logger.getLogger("x").info("no");
    }
}
