package org.triadcsr.model.pack;

import java.util.List;

/**
 * One question of a pack. Kind-specific parts are empty for other kinds: {@code levels} (maturity, 0 or 5
 * descriptions), {@code partialAllowed} (yesno), {@code options} (choice), {@code kpi} (kpi).
 */
public record Question(String id, QuestionKind kind, Tier tier, double weight, boolean allowNA,
                       Text text, Text help, Text evidence, List<Mapping> mappings, List<Limit> limits,
                       List<Text> levels, boolean partialAllowed, List<ChoiceOption> options, Kpi kpi) {
    public Question {
        mappings = List.copyOf(mappings);
        limits = List.copyOf(limits);
        levels = List.copyOf(levels);
        options = List.copyOf(options);
    }

    public ChoiceOption option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst().orElse(null);
    }
}
