package io.hirestage.pipeline;

import io.hirestage.candidate.SourcingChannel;

/**
 * What the board shows; {@code null} or blank does not filter.
 *
 * @param text    words in the candidate's name
 * @param channel where the candidate was found
 */
public record BoardFilter(String text, SourcingChannel channel) {

    public static BoardFilter none() {
        return new BoardFilter(null, null);
    }
}
