package io.hirestage.candidate;

/** A recruiter's saved candidate search: its name and the words and filters it stands for. */
public record SavedSearch(long id, String name, CandidateQuery query) {
}
