package io.hirestage.candidate;

/** A candidate change the service refuses, with a message for the recruiter; nothing was saved. */
public class CandidateRejectedException extends RuntimeException {

    public CandidateRejectedException(String message) {
        super(message);
    }
}
