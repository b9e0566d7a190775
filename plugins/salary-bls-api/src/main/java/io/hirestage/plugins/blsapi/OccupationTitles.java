package io.hirestage.plugins.blsapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * SOC 2018 titles of the occupations this plugin names in its coverage: the same list the bundled
 * OEWS tables carry (computer, engineering-adjacent and data occupations). BLS's series carry no
 * titles, so another occupation is still answered, only without a title.
 */
final class OccupationTitles {

    private final Map<String, String> titleByCode;

    private OccupationTitles(Map<String, String> titleByCode) {
        this.titleByCode = Map.copyOf(titleByCode);
    }

    /** The list shipped in the plugin ({@code occupations.csv}: {@code soc,title}, titles without commas). */
    static OccupationTitles bundled() {
        try (InputStream in = OccupationTitles.class.getResourceAsStream("occupations.csv")) {
            if (in == null) {
                throw new IllegalStateException("occupations.csv is missing from the plugin jar");
            }
            Map<String, String> titles = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    titles.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
                }
            }
            return new OccupationTitles(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title, or {@code null} for an occupation not on the list. */
    String titleOf(String occupationCode) {
        return titleByCode.get(occupationCode);
    }

    Set<String> codes() {
        return titleByCode.keySet();
    }
}
