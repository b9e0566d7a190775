package io.hirestage.plugin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The upload field of a plugin's text file setting, such as pay bands as CSV. */
class TextFileSettingFieldTests {

    private static final String BANDS = "level,location,currency,min,mid,max\r\nsenior,US-CA,USD,150000,175000,200000\r\n";

    @Test
    void anUploadedCsvBecomesTheValueWithoutTheByteOrderMarkExcelWrites() {
        TextFileSettingField field = new TextFileSettingField("Pay bands", "");
        byte[] fromExcel = ("\uFEFF" + BANDS).getBytes(StandardCharsets.UTF_8);

        field.received("bands.csv", fromExcel);

        assertThat(field.getValue()).isEqualTo(BANDS);
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefusedAndTheFileInUseStays() {
        TextFileSettingField field = new TextFileSettingField("Pay bands", BANDS);
        byte[] latin1 = "level,location\nsenior,DE-Düsseldorf\n".getBytes(StandardCharsets.ISO_8859_1);

        field.received("bands.csv", latin1);

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("bands.csv is not UTF-8 text").endsWith("The file in use has not changed.");
        assertThat(field.getValue()).isEqualTo(BANDS);
    }

    @Test
    void aBinaryFileIsRefused() {
        TextFileSettingField field = new TextFileSettingField("Pay bands", "");

        field.received("photo.csv", new byte[] {'P', 'K', 0, 0, 3, 4});

        assertThat(field.getErrorMessage()).startsWith("photo.csv is not a text file");
        assertThat(field.getValue()).isEmpty();
    }
}
