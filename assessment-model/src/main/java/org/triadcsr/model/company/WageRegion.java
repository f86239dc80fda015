package org.triadcsr.model.company;

/** Minimum-wage region of Vietnam (Decree 293/2025/NĐ-CP): I is the highest minimum, IV the lowest. */
public enum WageRegion {
    I, II, III, IV
}
