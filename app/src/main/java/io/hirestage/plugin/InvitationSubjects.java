package io.hirestage.plugin;

import java.util.Collection;
import java.util.Map;

/**
 * Names the candidate each vendor invitation is for, so the provider page lists people rather than
 * request keys. The feature that sends invitations provides it as a bean; plugins depend on no feature.
 */
public interface InvitationSubjects {

    /** The candidate's name by the request key the invitation was sent under; unknown keys are left out. */
    Map<String, String> candidatesOf(Collection<String> requestKeys);
}
