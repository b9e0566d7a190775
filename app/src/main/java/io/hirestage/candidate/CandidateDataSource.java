package io.hirestage.candidate;

/**
 * What another feature holds about a candidate, for their data export (GDPR Art. 15 and 20): the
 * pipeline's applications, activity and vendor results. Provided as a bean, so the export needs
 * not know the other features.
 */
public interface CandidateDataSource {

    /** The key of this part in the export's {@code candidate.json}, e.g. {@code applications}. */
    String name();

    /** The data, as plain records, lists and maps that serialise to JSON. */
    Object dataOf(long candidateId);
}
