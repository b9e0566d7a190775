package io.hirestage.plugin.api;

import java.net.URI;

/**
 * A candidate's answer to one question.
 *
 * @param question   the question asked
 * @param mediaUrl   where recruiters watch the recording
 * @param transcript what the candidate said, may be {@code null} when the vendor has none
 */
public record VideoResponse(String question, URI mediaUrl, String transcript) {
}
