package io.hirestage.candidate;

/** What {@link ResumeReader} made of a file: its real type and its text. */
record ReadResume(String mediaType, String text) {
}
