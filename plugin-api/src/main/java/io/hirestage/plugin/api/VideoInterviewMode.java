package io.hirestage.plugin.api;

/** The kinds of video interview a vendor may run. */
public enum VideoInterviewMode {
    /** Interviewers and candidate meet at a set time. */
    LIVE,
    /** The candidate records answers to set questions on their own time. */
    ONE_WAY
}
