package org.triadcsr.model.pack;

/** A suggested improvement action for a topic, with an indicative cost range and the benefit to expect. */
public record Action(String id, Text text, double costMin, double costMax, String currency, Text benefit) {
}
