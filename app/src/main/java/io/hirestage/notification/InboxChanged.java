package io.hirestage.notification;

import java.util.Set;

/** Published when notifications were sent to or read by these people; {@link InboxFeed} tells their open pages. */
public record InboxChanged(Set<Long> userIds) {

    public InboxChanged {
        userIds = Set.copyOf(userIds);
    }
}
