package io.hirestage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    /** 64 characters, 116 bytes in UTF-8: more than bcrypt could take. */
    static final String CYRILLIC_64 = "Съешь же ещё этих мягких французских булок, да выпей же чаю Петя";

    /** 64 characters, 192 bytes in UTF-8. */
    static final String JAPANESE_64 = "いろはにほへとちりぬるをわかよたれそつねならむうゐのおくやまけふこえてあさきゆめみしゑひもせす、今日は良い天気ですね。本当に良い";

    static final String PASSPHRASE = "correct horse battery staple lantern";

    static final String EASY_TO_GUESS = "This password is easy to guess: it is built from ";

    @Test
    void aCommonPasswordIsRefusedAsCommonInAnyCaseOrWidth() {
        assertThat(PasswordPolicy.problemWith("password1234", "ada")).contains("This password is among the most common passwords; choose another");
        assertThat(PasswordPolicy.problemWith("PASSWORD1234", "ada")).contains("This password is among the most common passwords; choose another");
        // Full-width letters and digits are the same password once normalised (NFKC).
        assertThat(PasswordPolicy.problemWith("ｐａｓｓｗｏｒｄ１２３４", "ada")).contains("This password is among the most common passwords; choose another");
        // xkcd's famous example is on the list too.
        assertThat(PasswordPolicy.problemWith("correct horse battery staple", "ada")).contains("This password is among the most common passwords; choose another");
    }

    @Test
    void aPasswordBuiltFromCommonPartsIsRefusedAndTheMessageSaysWhichKindsOfPart() {
        assertThat(PasswordPolicy.problemWith("Password12345", "ada"))
                .contains(EASY_TO_GUESS + "common passwords. Add a few unrelated words");
        assertThat(PasswordPolicy.problemWith("Summer2024!!", "ada"))
                .contains(EASY_TO_GUESS + "a common password, a year and a repeat such as aaa. Add a few unrelated words");
        assertThat(PasswordPolicy.problemWith("aaaaaaaaaaaaaa", "ada"))
                .contains(EASY_TO_GUESS + "a repeat such as aaa. Add a few unrelated words");
        assertThat(PasswordPolicy.problemWith("Hirestage2026!", "ada"))
                .contains(EASY_TO_GUESS + "the portal's name and a year. Add a few unrelated words");
        assertThat(PasswordPolicy.problemWith("Lovelace-Rules-2026", "ada.lovelace"))
                .contains(EASY_TO_GUESS + "part of the user name, a common word and a year. Add a few unrelated words");
    }

    @Test
    void theMessageNeverRepeatsThePassword() {
        assertThat(PasswordPolicy.problemWith("Password12345", "ada")).hasValueSatisfying(message ->
                assertThat(message.toLowerCase()).doesNotContain("password1", "12345"));
    }

    @Test
    void lengthCountsCharactersInAnyScriptNotBytesOrUtf16Units() {
        assertThat(PasswordPolicy.problemWith("Short-1", "ada")).contains("Use at least 12 characters");
        assertThat(PasswordPolicy.problemWith(null, "ada")).contains("Use at least 12 characters");
        // Eleven animals are 22 UTF-16 units but 11 characters.
        assertThat(PasswordPolicy.problemWith("🐱🐶🐭🐹🐰🦊🐻🐼🐨🐯🦁", "ada")).contains("Use at least 12 characters");
        assertThat(PasswordPolicy.problemWith("🐱🐶🐭🐹🐰🦊🐻🐼🐨🐯🦁🐮", "ada")).isEmpty();

        String longest = words(PasswordPolicy.MAX_LENGTH);
        assertThat(PasswordPolicy.problemWith(longest, "ada")).isEmpty();
        assertThat(PasswordPolicy.problemWith(longest + "s", "ada")).contains("Use at most 128 characters");
        assertThat(PasswordPolicy.problemWith("ж".repeat(200), "ada")).contains("Use at most 128 characters");
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertThat(PasswordPolicy.problemWith("my-name-is-Lovelace-1", "lovelace")).contains("The password must not contain the user name");
    }

    @Test
    void acceptsALongPassphraseWithoutDigitsAndLongPasswordsInAnyScript() {
        assertThat(PASSPHRASE.chars()).noneMatch(Character::isDigit);
        assertThat(PasswordPolicy.problemWith(PASSPHRASE, "ada")).isEmpty();
        assertThat(PasswordPolicy.problemWith("onlylettershereandsomemore", "ada")).isEmpty();

        assertThat(CYRILLIC_64.codePointCount(0, CYRILLIC_64.length())).isEqualTo(64);
        assertThat(CYRILLIC_64.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        assertThat(PasswordPolicy.problemWith(CYRILLIC_64, "ada")).isEmpty();
        assertThat(JAPANESE_64.codePointCount(0, JAPANESE_64.length())).isEqualTo(64);
        assertThat(PasswordPolicy.problemWith(JAPANESE_64, "ada")).isEmpty();
    }

    @Test
    void acceptsTheMixedPasswordsTheTestsAndTheDemoUse() {
        assertThat(PasswordPolicy.problemWith("Correct-Horse-42", "ada")).isEmpty();
        assertThat(PasswordPolicy.problemWith("Strong-Enough-2026", "chief")).isEmpty();
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            assertThat(PasswordPolicy.problemWith(DemoUsers.PASSWORD, user.username())).as(user.username()).isEmpty();
        }
    }

    /** Unrelated words, exactly {@code length} characters long. */
    static String words(int length) {
        String words = "harbour keeper gulls waves ships dusk tide nine lantern copper meadow violin quartz ember pillow canyon ";
        return words.repeat(length / words.length() + 1).substring(0, length);
    }
}
