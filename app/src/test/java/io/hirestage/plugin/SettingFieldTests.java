package io.hirestage.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirestage.plugin.api.SettingField;
import io.hirestage.plugin.api.SettingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A provider's settings schema as an integrator writes it: number limits (API 1.1) and the 1.0 form that still works. */
class SettingFieldTests {

    @Test
    void aNumberWithLimitsSaysWhatItAcceptsAndRefusesTheRest() {
        SettingField field = SettingField.number("timeout", "Timeout (seconds)").withDefault("30").between(1, 120);

        assertThat(field.problemWith("1")).isEmpty();
        assertThat(field.problemWith("120")).isEmpty();
        assertThat(field.problemWith("0")).contains("Enter a number from 1 to 120");
        assertThat(field.problemWith("121")).contains("Enter a number from 1 to 120");
        assertThat(field.problemWith("soon")).contains("Enter a whole number");
        assertThat(field.problemWith("")).as("blank takes the default").isEmpty();
        assertThat(SettingField.number("retries", "Retries").atLeast(0).problemWith("-1")).contains("Enter 0 or more");
        assertThat(SettingField.number("retries", "Retries").problemWith("-1")).as("no limits, as in 1.0").isEmpty();
    }

    @Test
    void aTextFileKeepsItsLinesUpToTheLimit() {
        SettingField bands = SettingField.textFile("bands", "Pay bands (CSV)").asRequired();

        assertThat(bands.problemWith("level,location\nsenior,US\n")).isEmpty();
        assertThat(bands.problemWith("x".repeat(SettingField.MAX_TEXT_FILE_LENGTH))).isEmpty();
        assertThat(bands.problemWith("x".repeat(SettingField.MAX_TEXT_FILE_LENGTH + 1)))
                .contains("The file is larger than 1 million characters");
        assertThat(bands.problemWith("")).contains("Pay bands (CSV) is required");
    }

    @Test
    void aSchemaThatContradictsItselfIsRefusedWhenThePluginLoads() {
        assertThatThrownBy(() -> SettingField.number("timeout", "Timeout").withDefault("500").between(1, 120))
                .hasMessage("Setting 'timeout' has a default value (500) outside its limits");
        assertThatThrownBy(() -> SettingField.number("timeout", "Timeout").between(10, 1))
                .hasMessage("Setting 'timeout' has a smallest value (10) above its largest (1)");
        assertThatThrownBy(() -> SettingField.text("region", "Region").between(1, 2))
                .hasMessage("Setting 'region' is not a number, so it cannot have a smallest or largest value");
    }

    @Test
    void thePluginApi10ConstructorStillMakesAFieldWithoutLimits() {
        SettingField field = new SettingField("timeout", "Timeout", SettingType.NUMBER, false, "30", null, List.of());

        assertThat(field.min()).isNull();
        assertThat(field.max()).isNull();
        assertThat(field.range()).isEmpty();
    }
}
