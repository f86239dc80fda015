package org.triadcsr.model.scoring;

import org.triadcsr.model.pack.Severity;
import org.triadcsr.model.pack.Text;

/**
 * A breached limit. {@code value} and {@code bound} are the compared figures for a KPI limit, null for a
 * yes/no limit. Flags never change a score; they are always shown beside it.
 */
public record Flag(String questionId, Severity severity, Text basis, Double value, Double bound) {
}
