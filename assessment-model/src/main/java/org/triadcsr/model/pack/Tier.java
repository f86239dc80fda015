package org.triadcsr.model.pack;

/** Who a question is expected of: {@code core} every company, {@code advanced} medium and large ones. */
public enum Tier {
    CORE, ADVANCED
}
