package org.triadcsr.model.company;

/** The field that selects the size-class thresholds of Decree 80/2021/ND-CP, Art. 5. */
public enum Field {
    /** Industry and construction; also agriculture, forestry and fishery. */
    INDUSTRY_CONSTRUCTION,
    TRADE_SERVICES
}
