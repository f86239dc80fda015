package org.triadcsr.model.pack;

public record ChoiceOption(String id, double points, Text text) {
}
