package io.hirestage.security;

/** What a user may do in the portal. A user has one or more. */
public enum Role {
    ADMIN("Admin", "Manages users, plugins and pipeline settings; reads the audit trail"),
    RECRUITER("Recruiter", "Runs openings and candidates through the pipeline"),
    HIRING_MANAGER("Hiring manager", "Owns openings and takes part in hiring decisions"),
    INTERVIEWER("Interviewer", "Interviews assigned candidates and fills in scorecards");

    private final String displayName;
    private final String description;

    Role(String displayName, String description) {
        this.displayName = displayName;
        this.description = description;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority, as {@code @RolesAllowed("ADMIN")} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
