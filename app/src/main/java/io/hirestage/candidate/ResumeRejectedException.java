package io.hirestage.candidate;

/** An uploaded resume the portal will not keep, with why in words for the recruiter; nothing was saved. */
public class ResumeRejectedException extends RuntimeException {

    ResumeRejectedException(String message) {
        super(message);
    }
}
