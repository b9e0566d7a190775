package io.hirestage.search;

/**
 * What to find in the candidate index; {@code null} or blank does not narrow.
 *
 * @param words       each must start a word of the name, the email address or the resume
 * @param nameWords   each must start a word of the name
 * @param resumeWords each must start a word of the resume
 * @param source      the sourcing channel's name, exactly
 * @param tag         one tag, exactly (case folded)
 * @param openingId   with an application in this opening (meeting the stage and status too, if given)
 * @param stage       with an application at this stage (the name of the pipeline's stage)
 * @param status      with an application in this state (the name of the pipeline's status)
 */
public record CandidateIndexQuery(String words, String nameWords, String resumeWords, String source, String tag, Long openingId,
                                  String stage, String status) {

    public static CandidateIndexQuery all() {
        return new CandidateIndexQuery(null, null, null, null, null, null, null, null);
    }

    public static CandidateIndexQuery words(String words) {
        return new CandidateIndexQuery(words, null, null, null, null, null, null, null);
    }

    boolean placed() {
        return openingId != null || present(stage) || present(status);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
