package org.triadcsr.model.pack;

import java.util.List;

/** One of the three domains of the triple bottom line: {@code environment}, {@code social}, {@code productivity}. */
public record Domain(String id, Text name, double weight, List<Topic> topics) {
    public static final List<String> IDS = List.of("environment", "social", "productivity");

    public Domain {
        topics = List.copyOf(topics);
    }
}
