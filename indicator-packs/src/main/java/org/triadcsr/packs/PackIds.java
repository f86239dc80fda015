package org.triadcsr.packs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.triadcsr.model.pack.Action;
import org.triadcsr.model.pack.ChoiceOption;
import org.triadcsr.model.pack.Domain;
import org.triadcsr.model.pack.KpiInput;
import org.triadcsr.model.pack.Pack;
import org.triadcsr.model.pack.Question;
import org.triadcsr.model.pack.Topic;

/**
 * Every stable id of a pack with its kind, in pack order: topics, questions (by question kind), options and
 * KPI inputs ({@code question/local-id}) and actions. The checked-in {@code ids/PACK.ids} files use this form.
 */
public final class PackIds {
    private PackIds() {
    }

    public static Map<String, String> of(Pack pack) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Domain d : pack.domains()) {
            for (Topic t : d.topics()) {
                ids.put(t.id(), "topic");
                for (Question q : t.questions()) {
                    ids.put(q.id(), q.kind().id());
                    for (ChoiceOption o : q.options()) {
                        ids.put(q.id() + "/" + o.id(), "option");
                    }
                    if (q.kpi() != null) {
                        for (KpiInput i : q.kpi().inputs()) {
                            ids.put(q.id() + "/" + i.id(), "input");
                        }
                    }
                }
                for (Action a : t.actions()) {
                    ids.put(a.id(), "action");
                }
            }
        }
        return ids;
    }

    /** The {@code ids/PACK.ids} file text for a pack. */
    public static String file(Pack pack) {
        StringBuilder text = new StringBuilder("# Stable ids of pack " + pack.id()
                + " (one 'id kind' per line). Never remove a line: see docs/packs.md.\n");
        of(pack).forEach((id, kind) -> text.append(id).append(' ').append(kind).append('\n'));
        return text.toString();
    }
}
