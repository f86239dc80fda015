package org.triadcsr.model.pack;

/** A reference to a framework clause an answer speaks to, e.g. GRI 303-5 or amfori BSCI PA7. */
public record Mapping(String framework, String ref) {
    @Override
    public String toString() {
        return framework + " " + ref;
    }
}
