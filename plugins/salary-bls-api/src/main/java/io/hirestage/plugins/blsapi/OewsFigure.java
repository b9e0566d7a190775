package io.hirestage.plugins.blsapi;

import io.hirestage.plugin.api.SalaryQuery.PayPeriod;

/**
 * The OEWS estimates one benchmark is made of, with the two-digit data type that ends each one's
 * series id: annual wages are types 04 and 11 to 15, hourly wages 03 and 06 to 10, and the
 * estimated employment (01) is the same for both.
 */
enum OewsFigure {
    EMPLOYMENT("01", "01"),
    MEAN("04", "03"),
    P10("11", "06"),
    P25("12", "07"),
    MEDIAN("13", "08"),
    P75("14", "09"),
    P90("15", "10");

    private final String annualDataType;
    private final String hourlyDataType;

    OewsFigure(String annualDataType, String hourlyDataType) {
        this.annualDataType = annualDataType;
        this.hourlyDataType = hourlyDataType;
    }

    String dataType(PayPeriod period) {
        return period == PayPeriod.HOURLY ? hourlyDataType : annualDataType;
    }
}
