package org.triadcsr.model.pack;

/** How monthly entries of a KPI input make the period's figure: flows are summed, stocks averaged. */
public enum Aggregate {
    SUM, MEAN
}
