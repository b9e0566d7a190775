/**
 * The in-app inbox: what a person should know about and act on (assigned a candidate, mentioned in a
 * note, a vendor's result, a candidate waiting too long), each linking to the place. Features send
 * through {@link io.hirestage.notification.Notifications}; this package knows nothing of them, so
 * later features add their kinds without a cycle.
 */
package io.hirestage.notification;
