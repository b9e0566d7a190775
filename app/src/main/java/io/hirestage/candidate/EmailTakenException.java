package io.hirestage.candidate;

/** Another candidate has this email address already: shown on the address field. */
public class EmailTakenException extends CandidateRejectedException {

    EmailTakenException(String email) {
        super("A candidate with the email address " + email + " is in the portal already");
    }
}
