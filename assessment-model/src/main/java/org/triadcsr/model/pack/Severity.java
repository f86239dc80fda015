package org.triadcsr.model.pack;

public enum Severity {
    CRITICAL, MAJOR;

    public String id() {
        return this == CRITICAL ? "critical" : "major";
    }
}
