package io.hirestage.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTests {

    @Test
    void aWordIsARunOfLettersAndDigitsWithCaseAndAccentsFolded() {
        assertThat(SearchWords.of("Zoë O'Brien-Núñez, ZÜRICH")).containsExactly("zoe", "o", "brien", "nunez", "zurich");
        assertThat(SearchWords.of("ada.lovelace+cv@example.org")).containsExactly("ada", "lovelace", "cv", "example", "org");
    }

    @Test
    void charactersWithAMeaningElsewhereOnlySeparateWords() {
        assertThat(SearchWords.of("%_\\'\".*[a-z]+?(x|y)^$")).containsExactly("a", "z", "x", "y");
        assertThat(SearchWords.of("%%% ___")).isEmpty();
    }

    @Test
    void aResumeMentionsAWordThatStartsOneOfItsWords() {
        String resume = "Led the Kafka-based event sourcing at Zürich Insurance; PostgreSQL tuning.";
        assertThat(SearchWords.mentionsAny(resume, "kafka")).isTrue();
        assertThat(SearchWords.mentionsAny(resume, "postgres")).as("the start of PostgreSQL").isTrue();
        assertThat(SearchWords.mentionsAny(resume, "ZURICH")).as("case and accents folded").isTrue();
        assertThat(SearchWords.mentionsAny(resume, "sourc")).isTrue();
        assertThat(SearchWords.mentionsAny(resume, "ourcing")).as("not inside a word").isFalse();
        assertThat(SearchWords.mentionsAny(resume, "cobol")).isFalse();
        assertThat(SearchWords.mentionsAny(resume, "kafka cobol")).as("one of the words is enough").isTrue();
        assertThat(SearchWords.mentionsAny(resume, "%")).as("no word, nothing mentioned").isFalse();
    }
}
