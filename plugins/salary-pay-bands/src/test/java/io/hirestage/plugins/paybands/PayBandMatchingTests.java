package io.hirestage.plugins.paybands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.SalaryCoverage;
import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which band answers a question, with the realistic 30-row file: the most specific band that applies,
 * and "not covered" where no band does, never a guess.
 */
class PayBandMatchingTests {

    private static final String DEVELOPER = "15-1252";

    private final PayBandTable acme = PayBandsCsv.read(CsvFiles.read("acme-pay-bands-2026.csv"));

    @Test
    void aCityBandBeatsTheRegionsWhichBeatsTheCountrys() {
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "US", "CA", "San Francisco")).as("San Francisco").hasValue(9);
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "US", "CA", "Los Angeles")).as("elsewhere in California").hasValue(8);
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "US", "TX", "Austin")).as("a state without bands").hasValue(4);
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "US", null, null)).as("the country as a whole").hasValue(4);
    }

    @Test
    void placesMatchWhateverTheirCaseAndARegionMayComeWithItsCountry() {
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "us", "us-ca", "  san   FRANCISCO ")).hasValue(9);
        assertThat(rowFor(DEVELOPER, Seniority.MID, "US", "US-NY", null)).hasValue(11);
    }

    @Test
    void aLevelWithoutABandInARegionIsAnsweredFromTheCountrysBand() {
        assertThat(acme.bestFor(question(DEVELOPER, Seniority.LEAD, "US", "CA", "San Francisco")).orElseThrow().location().written())
                .isEqualTo("US");
    }

    @Test
    void aLevelWithoutABandAnywhereInTheCountryIsNotCovered() {
        assertThat(rowFor(DEVELOPER, Seniority.LEAD, "DE", "BE", "Berlin")).as("Berlin has a lead band").hasValue(22);
        assertThat(rowFor(DEVELOPER, Seniority.LEAD, "DE", "BY", "Munich")).as("Germany has none").isEmpty();
    }

    @Test
    void aBandForAnyLevelAnswersEveryLevelAndANamedLevelBeatsIt() {
        assertThat(rowFor("15-1211", Seniority.JUNIOR, "US", null, null)).hasValue(23);
        assertThat(rowFor("15-1211", Seniority.SENIOR, "US", null, null)).hasValue(24);
        assertThat(rowFor("15-1211", Seniority.ANY, "US", null, null)).as("a question without a level").hasValue(23);
    }

    @Test
    void aQuestionWithoutALevelIsAnsweredOnlyByABandForAnyLevel() {
        assertThat(rowFor(DEVELOPER, Seniority.ANY, "US", null, null)).as("the file has only per-level developer bands").isEmpty();
        assertThat(acme.bestFor(SalaryQuery.annual(DEVELOPER, "US", null))).isEmpty();
    }

    @Test
    void aBandForEveryOccupationAnswersOccupationsWithoutTheirOwnBand() {
        assertThat(rowFor("29-1141", Seniority.JUNIOR, "US", "OH", null)).as("a nurse, junior").hasValue(28);
        assertThat(rowFor(DEVELOPER, Seniority.JUNIOR, "US", "OH", null)).as("a developer has their own band").hasValue(2);
        assertThat(rowFor("29-1141", Seniority.SENIOR, "US", "OH", null)).as("no band for senior roles of every occupation").isEmpty();
        assertThat(rowFor("29-1141", Seniority.LEAD, "GB", null, "Leeds")).hasValue(29);
    }

    @Test
    void thePlaceWeighsMoreThanTheOccupationAndTheOccupationMoreThanTheLevel() {
        PayBandTable table = PayBandsCsv.read(CsvFiles.read("place-before-occupation.csv"));

        assertThat(rowIn(table, question(DEVELOPER, Seniority.SENIOR, "US", "CA", null)))
                .as("the California band for this occupation, any level, over California's band for every occupation")
                .hasValue(4);
        assertThat(rowIn(table, question(DEVELOPER, Seniority.SENIOR, "US", "WA", null)))
                .as("Washington's bands for every occupation over the national band for this one").hasValue(5);
        assertThat(rowIn(table, question(DEVELOPER, Seniority.SENIOR, "US", "TX", null))).hasValue(2);
    }

    @Test
    void anotherCurrencyIsNotCoveredRatherThanConverted() {
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.SENIOR, "US", null, null, "EUR", PayPeriod.ANNUAL))).isEmpty();
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.SENIOR, "US", null, null, "usd", PayPeriod.ANNUAL))
                .map(PayBand::row)).hasValue(4);
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.SENIOR, "GB", null, null, "USD", PayPeriod.ANNUAL))).isEmpty();
    }

    @Test
    void hourlyAndAnnualBandsAnswerOnlyTheirOwnPeriod() {
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.JUNIOR, "US", null, null, "USD", PayPeriod.HOURLY))
                .map(PayBand::row)).hasValue(30);
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.SENIOR, "US", null, null, "USD", PayPeriod.HOURLY))).isEmpty();
        assertThat(acme.bestFor(new SalaryQuery(DEVELOPER, null, Seniority.JUNIOR, "US", null, null, "USD", null)).map(PayBand::row))
                .as("no period is annual").hasValue(2);
    }

    @Test
    void aPlaceOrOccupationTheFileDoesNotCoverIsNotCovered() {
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "FR", "IDF", "Paris")).as("a country without bands").isEmpty();
        assertThat(rowFor("17-2071", Seniority.SENIOR, "US", "CA", null)).as("an occupation without a band at that level").isEmpty();
        assertThat(rowFor("00-0000", Seniority.JUNIOR, "US", null, null)).as("a code that names no occupation").isEmpty();
        assertThat(rowFor("software developer", Seniority.JUNIOR, "US", null, null)).isEmpty();
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, null, "CA", null)).as("no country").isEmpty();
        assertThat(rowFor(DEVELOPER, Seniority.SENIOR, "XK", null, null)).isEmpty();
    }

    @Test
    void coversTheOccupationsCountriesAndRegionCodesTheFileNames() {
        SalaryCoverage coverage = acme.coverage();

        assertThat(coverage.occupationCodes()).containsExactlyInAnyOrder(DEVELOPER, "15-1211", "15-2051", "11-3021", "43-4051");
        assertThat(coverage.countries()).containsExactlyInAnyOrder("US", "GB", "DE");
        assertThat(coverage.regions()).as("city names are no region codes").containsExactlyInAnyOrder("CA", "NY");
    }

    @Test
    void namesTheLevelsWithABandInEachPlace() {
        assertThat(acme.levelsByLocation()).containsKeys("US", "US-CA", "US-San Francisco", "US-NY", "GB", "GB-London", "DE", "DE-Berlin")
                .hasSize(8);
        assertThat(acme.levelsByLocation().get("US-CA")).containsExactly(Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR);
        assertThat(acme.levelsByLocation().get("GB")).containsExactly(Seniority.ANY, Seniority.JUNIOR, Seniority.MID, Seniority.SENIOR,
                Seniority.LEAD);
    }

    private Optional<Integer> rowFor(String occupation, Seniority level, String country, String region, String city) {
        return rowIn(acme, question(occupation, level, country, region, city));
    }

    private static Optional<Integer> rowIn(PayBandTable table, SalaryQuery query) {
        return table.bestFor(query).map(PayBand::row);
    }

    private static SalaryQuery question(String occupation, Seniority level, String country, String region, String city) {
        return new SalaryQuery(occupation, null, level, country, region, city, null, PayPeriod.ANNUAL);
    }
}
