package org.triadcsr.model.scoring;

import org.triadcsr.model.pack.Limit;
import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.pack.Text;

/**
 * A breached limit. {@code value} and {@code bound} are the compared figures for a KPI limit, null for other
 * limits. {@code limit} is the limit it comes from (null only for flags made with the v1.0 constructor), so a
 * question with several limits raises one flag per breached limit, each naming its own. A breach scores its
 * question 0; the flag is always shown beside the score.
 */
public record Flag(String questionId, Severity severity, Text basis, Double value, Double bound, Limit limit) {

    /** The v1.0 shape, without the limit. */
    public Flag(String questionId, Severity severity, Text basis, Double value, Double bound) {
        this(questionId, severity, basis, value, bound, null);
    }

    static Flag of(String questionId, Limit limit, Double value, Double bound) {
        return new Flag(questionId, limit.severity(), limit.basis(), value, bound, limit);
    }
}
