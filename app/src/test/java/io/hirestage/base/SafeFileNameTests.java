package io.hirestage.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTests {

    @Test
    void anOrdinaryNameInAnyScriptIsKept() {
        assertThat(SafeFileName.of("Lebenslauf Jürgen Groß (2026).pdf", "resume")).isEqualTo("Lebenslauf Jürgen Groß (2026).pdf");
        assertThat(SafeFileName.of("履歴書.docx", "resume")).isEqualTo("履歴書.docx");
    }

    @Test
    void pathsQuotesLineBreaksAndHiddenMarksAreRemoved() {
        assertThat(SafeFileName.of("../../etc/passwd", "resume")).isEqualTo("passwd");
        assertThat(SafeFileName.of("a\"b;c\\d%e\u0000f\r\ng.txt", "resume")).isEqualTo("d_efg.txt");
        assertThat(SafeFileName.of("invoice\u202Efdp.exe", "resume")).isEqualTo("invoicefdp.exe");
        assertThat(SafeFileName.of("  ...  ", "resume")).isEqualTo("resume");
        assertThat(SafeFileName.of(null, "resume")).isEqualTo("resume");
    }

    @Test
    void aLongNameIsCutInTheMiddleKeepingItsExtensionAndWholeCharacters() {
        String name = SafeFileName.of("😀".repeat(200) + ".pdf", "resume");

        assertThat(name).endsWith("😀.pdf");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(SafeFileName.MAX_LENGTH);
    }
}
