package org.triadcsr.model.pack;

/** An id retired from a pack and the id that now carries its meaning. */
public record Replacement(String id, String by) {
}
