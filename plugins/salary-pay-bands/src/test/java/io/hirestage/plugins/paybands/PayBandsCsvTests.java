package io.hirestage.plugins.paybands;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirestage.plugin.api.SalaryQuery;
import io.hirestage.plugin.api.SalaryQuery.PayPeriod;
import io.hirestage.plugin.api.SalaryQuery.Seniority;
import io.hirestage.plugin.api.SettingField;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the uploaded file: what an admin's spreadsheet gets wrong is refused whole, with every problem named by row. */
class PayBandsCsvTests {

    @Test
    void readsTheRealisticThirtyRowFileWithColumnsInAnyOrderAndCase() {
        PayBandTable table = PayBandsCsv.read(CsvFiles.read("acme-pay-bands-2026.csv"));

        assertThat(table.size()).isEqualTo(30);
        PayBand hourly = table.bestFor(new SalaryQuery("43-4051", null, Seniority.MID, "US", null, null, null, PayPeriod.HOURLY))
                .orElseThrow();
        assertThat(hourly.row()).isEqualTo(31);
        assertThat(List.of(hourly.min(), hourly.mid(), hourly.max()))
                .containsExactly(new BigDecimal("18.00"), new BigDecimal("21.50"), new BigDecimal("25.00"));
    }

    @Test
    void readsAFileSavedOnWindowsWithAByteOrderMark() {
        String file = CsvFiles.read("windows-bom.csv");
        assertThat(file).as("the test file really is what Excel saves").startsWith("\uFEFFlevel,").contains("\r\n");

        PayBandTable table = PayBandsCsv.read(file);

        assertThat(table.size()).isEqualTo(3);
        PayBand california = table.bestFor(query("15-1252", Seniority.SENIOR, "US", "CA", null)).orElseThrow();
        assertThat(california.max()).isEqualByComparingTo("205000");
        assertThat(california.period()).isEqualTo(PayPeriod.ANNUAL);
        assertThat(table.bestFor(query("15-1252", Seniority.JUNIOR, "GB", null, "London")).orElseThrow().location().written())
                .as("an empty period at the end of a CRLF line").isEqualTo("GB-London");
        assertThat(table.bestFor(new SalaryQuery("15-1252", null, Seniority.LEAD, "DE", "BE", "Berlin", "EUR", PayPeriod.HOURLY))
                .orElseThrow().mid()).isEqualByComparingTo("35.00");
    }

    @Test
    void skipsCommentsAndEmptyLinesButCountsThemInRowNumbers() {
        assertThat(problemsOf("comments-and-blank-lines.csv")).containsExactly("Row 8: max 200 is below mid 115,000.");
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsNamed() {
        assertThat(problemsOf("wrong-column-count.csv")).containsExactly(
                "Row 3: it has 7 values where the header names 6 columns; put an amount with a comma in quotes, such as \"120,000\".",
                "Row 4: it has 5 values where the header names 6 columns; check for a missing comma.");
    }

    @Test
    void aQuoteThatIsNeverClosedIsNamedAtItsRow() {
        assertThat(problemsOf("unclosed-quote.csv")).containsExactly(
                "Row 3: a value opens a quote (\") that is never closed; close it, or remove the stray quote.",
                "The rest of the file after that row could not be read.");
    }

    @Test
    void textAfterAClosingQuoteIsNamedAtItsRow() {
        assertThat(problemsOf("text-after-quote.csv")).containsExactly(
                "Row 3: there is text after a closing quote; put the whole value inside the quotes, such as \"120,000\".",
                "The rest of the file after that row could not be read.");
    }

    @Test
    void anAmountThatIsNotANumberSaysHowToWriteIt() {
        String howToWriteIt = " is not a number: write digits with an optional decimal point, such as 95000, 95000.50 or \"95,000\".";
        assertThat(problemsOf("not-a-number.csv")).containsExactly(
                "Row 2: mid 'about 150k'" + howToWriteIt,
                "Row 3: min '$98000' is not a number: leave out currency signs and codes, such as 120000 or \"120,000\".",
                "Row 4: max is empty.",
                "Row 5: min '38.000'" + howToWriteIt,
                "Row 5: mid '45.000'" + howToWriteIt,
                "Row 5: max '52.000'" + howToWriteIt);
    }

    @Test
    void aMinAboveTheMidOrAMaxBelowItIsRefused() {
        assertThat(problemsOf("amounts-out-of-order.csv")).containsExactly(
                "Row 3: min 120,000 is above mid 115,000.",
                "Row 4: max 90,000 is below mid 95,000.",
                "Row 5: min 160,000 is above mid 95,000.",
                "Row 5: max 90,000 is below mid 95,000.");
    }

    @Test
    void aNegativeOrZeroAmountIsRefused() {
        assertThat(problemsOf("negative-amount.csv")).containsExactly(
                "Row 2: min -5,000 is negative; pay in a band is more than 0.",
                "Row 3: min is 0; pay in a band is more than 0.");
    }

    @Test
    void anUnknownCurrencyCodeIsRefusedAndALowerCaseOneAccepted() {
        assertThat(problemsOf("unknown-currency.csv")).containsExactly(
                "Row 2: currency 'DOL' is not an ISO 4217 currency code such as USD, EUR or GBP.",
                "Row 3: currency 'UKP' is not an ISO 4217 currency code such as USD, EUR or GBP (write GBP).",
                "Row 4: currency '£' is not an ISO 4217 currency code such as USD, EUR or GBP.",
                "Row 6: currency 'XAU' is not an ISO 4217 currency code such as USD, EUR or GBP.");
    }

    @Test
    void anUnknownOrEmptyLevelIsRefusedAndCaseDoesNotMatter() {
        assertThat(problemsOf("unknown-level.csv")).containsExactly(
                "Row 3: level 'principal' is not one of junior, mid, senior, lead or any.",
                "Row 4: level is empty; write junior, mid, senior, lead, or any for every level.");
    }

    @Test
    void aSecondRowForTheSameBandIsRefusedEvenInAnotherCurrencyOrCase() {
        assertThat(problemsOf("duplicate-band.csv")).containsExactly(
                "Row 3: the same band as row 2 (senior, US-CA, 15-1252, annual); keep one of them.",
                "Row 4: the same band as row 2 (senior, us-ca, 15-1252, annual); keep one of them.",
                "Row 6: the same band as row 2 (senior, US-CA, 15-1252, annual); keep one of them.");
    }

    @Test
    void anEmptyFileIsRefused() {
        String expected = "The file is empty: it needs a header row (level,location,currency,min,mid,max) and a row for each band.";
        assertThat(problemsOf("empty.csv")).containsExactly(expected);
        assertThat(refusal("\uFEFF\r\n  \r\n").problems()).as("an empty sheet saved by Excel").containsExactly(expected);
    }

    @Test
    void aHeaderOnlyFileIsRefused() {
        assertThat(problemsOf("header-only.csv")).containsExactly("The file has a header row but no bands below it.");
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedWithWhatItsFirstRowReads() {
        assertThat(problemsOf("no-header.csv")).containsExactly("The first row does not name the columns: add a header row above "
                + "the bands, such as level,location,currency,min,mid,max (in any order; occupation, period and notes are optional). "
                + "The first row reads 'senior,US,USD,130,000,152,000,175,000'.");
    }

    @Test
    void aHeaderWithoutARequiredColumnNamesTheMissingOnes() {
        assertThat(problemsOf("missing-column.csv")).containsExactly(
                "The header row names a column 'minimum', which is not one of level, location, currency, min, mid, max, "
                        + "and optionally occupation, period and notes.",
                "The header row has no min column.",
                "The header row has no max column.");
    }

    @Test
    void aMisspelledOrRepeatedColumnIsRefusedRatherThanIgnored() {
        assertThat(problemsOf("unknown-column.csv")).containsExactly(
                "The header row names the column min twice.",
                "The header row names a column 'ocupation', which is not one of level, location, currency, min, mid, max, "
                        + "and optionally occupation, period and notes.");
    }

    @Test
    void aFileSeparatedBySemicolonsSaysHowToSaveItWithCommas() {
        assertThat(problemsOf("semicolons.csv")).containsExactly("The columns are separated by semicolons; save the file as CSV "
                + "with commas between columns (in Excel: CSV UTF-8 (Comma delimited)).");
    }

    @Test
    void badLocationsOccupationsAndPeriodsSayWhatIsExpected() {
        assertThat(problemsOf("bad-location-occupation-period.csv")).containsExactly(
                "Row 2: location 'UK' does not start with a two-letter ISO country code such as US, GB or DE (the United Kingdom is GB).",
                "Row 3: location 'United States' does not start with a two-letter ISO country code such as US, GB or DE.",
                "Row 4: location 'US-' has no region code or city name after the dash, such as US-CA or DE-Berlin.",
                "Row 5: occupation 15-1250 is a group of occupations; give a detailed code such as 15-1252, or leave it empty for "
                        + "every occupation.",
                "Row 6: occupation 'Software developer' is not a SOC code such as 15-1252; leave it empty for every occupation.",
                "Row 7: occupation 00-1234 is not a SOC 2018 code (those start with 11 to 55, such as 15-1252).",
                "Row 8: period 'monthly' is neither annual nor hourly (empty means annual).");
    }

    @Test
    void listsTwentyProblemsThenHowManyMore() {
        PayBandsFileRefused refused = refusal(CsvFiles.read("many-problems.csv"));

        assertThat(refused.problems()).hasSize(25);
        assertThat(refused.getMessage().lines().toList()).hasSize(22)
                .startsWith("The pay bands file was not loaded; correct it and upload it again.",
                        "Row 2: level 'staff 1' is not one of junior, mid, senior, lead or any.")
                .contains("Row 21: level 'staff 20' is not one of junior, mid, senior, lead or any.")
                .doesNotContain("Row 22: level 'staff 21' is not one of junior, mid, senior, lead or any.")
                .endsWith("And 5 more problems.");
    }

    @Test
    void aFileWithThousandsOfWrongRowsIsCountedWithoutKeepingEveryMessage() {
        String file = "level,location,currency,min,mid,max\n" + "boss,US,USD,1,2,3\n".repeat(5_000);

        PayBandsFileRefused refused = refusal(file);

        assertThat(refused.count()).isEqualTo(5_000);
        assertThat(refused.problems()).hasSize(FileProblems.KEPT);
        assertThat(refused.getMessage()).endsWith("\nAnd 4,980 more problems.");
    }

    @Test
    void aFileLargerThanASettingMayHoldIsRefusedUnread() {
        String huge = "level,location,currency,min,mid,max\n" + "#".repeat(SettingField.MAX_TEXT_FILE_LENGTH);

        assertThat(refusal(huge).problems())
                .containsExactly("The file is longer than 1,000,000 characters, the most the portal keeps for a file.");
    }

    @Test
    void aValueIsQuotedBackWithoutControlCharactersAndCutShort() {
        String file = "level,location,currency,min,mid,max\n\"sen\u202Eior\u0007" + "x".repeat(60) + "\",US,USD,1,2,3\n";

        assertThat(refusal(file).problems()).containsExactly(
                "Row 2: level 'sen ior " + "x".repeat(32) + "…' is not one of junior, mid, senior, lead or any.");
    }

    private static SalaryQuery query(String occupation, Seniority level, String country, String region, String city) {
        return new SalaryQuery(occupation, null, level, country, region, city, null, PayPeriod.ANNUAL);
    }

    private static List<String> problemsOf(String file) {
        return refusal(CsvFiles.read(file)).problems();
    }

    private static PayBandsFileRefused refusal(String text) {
        try {
            PayBandsCsv.read(text);
        } catch (PayBandsFileRefused refused) {
            return refused;
        }
        throw new AssertionError("the file was loaded, but should have been refused");
    }
}
