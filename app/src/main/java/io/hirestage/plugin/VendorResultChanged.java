package io.hirestage.plugin;

/**
 * Published (as a Spring application event) when an invitation's status or result changed, in the
 * transaction that stores it. Views listen to push it to users who are looking.
 */
public record VendorResultChanged(VendorInvitationView invitation) {
}
