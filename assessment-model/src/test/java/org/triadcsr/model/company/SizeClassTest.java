package org.triadcsr.model.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassTest {
    @ParameterizedTest(name = "{0} X={1} T={2} V={3} -> {4}")
    @CsvSource(nullValues = "-", value = {
        "INDUSTRY_CONSTRUCTION, 10,  3,   -,   MICRO",
        "INDUSTRY_CONSTRUCTION, 10,  -,   3,   MICRO",
        "INDUSTRY_CONSTRUCTION, 10,  4,   4,   SMALL",     // revenue and capital both above micro
        "INDUSTRY_CONSTRUCTION, 11,  1,   1,   SMALL",     // employees above micro
        "INDUSTRY_CONSTRUCTION, 100, 50,  -,   SMALL",
        "INDUSTRY_CONSTRUCTION, 100, 60,  20,  SMALL",     // capital within although revenue is not
        "INDUSTRY_CONSTRUCTION, 150, 60,  30,  MEDIUM",
        "INDUSTRY_CONSTRUCTION, 200, 200, -,   MEDIUM",
        "INDUSTRY_CONSTRUCTION, 201, 1,   1,   LARGE",
        "INDUSTRY_CONSTRUCTION, 50,  -,   -,   LARGE",     // missing T and V count as not within any bound
        "TRADE_SERVICES,        10,  10,  -,   MICRO",
        "TRADE_SERVICES,        50,  100, -,   SMALL",
        "TRADE_SERVICES,        51,  100, -,   MEDIUM",
        "TRADE_SERVICES,        100, 300, -,   MEDIUM",
        "TRADE_SERVICES,        101, 1,   1,   LARGE",
        "INDUSTRY_CONSTRUCTION, -,   1,   1,   UNKNOWN"})
    void decree80Classes(Field field, Integer employees, Double revenue, Double capital, SizeClass expected) {
        assertThat(new CompanyProfile(field, employees, revenue, capital, null).sizeClass()).isEqualTo(expected);
    }
}
