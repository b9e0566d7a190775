package io.hirestage.pipeline;

import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.CurrentUser;
import io.hirestage.security.Role;
import io.hirestage.security.User;
import io.hirestage.security.UserDirectory;
import org.springframework.stereotype.Component;

/**
 * Who sees which applications, in one place for the services and the board's queries: recruiters and
 * admins see every application; an opening's hiring manager and its own recruiters see all of its
 * applications; an interviewer sees those assigned to them.
 */
@Component
class ApplicationVisibility {

    private final Openings openings;
    private final UserDirectory users;

    ApplicationVisibility(Openings openings, UserDirectory users) {
        this.openings = openings;
        this.users = users;
    }

    /** Whether the logged-in user sees every application of the opening, not only those assigned to them. */
    boolean seesWholeOpening(OpeningView opening, Long me) {
        return CurrentUser.seesEverything() || me.equals(opening.hiringManagerId()) || opening.recruiterIds().contains(me);
    }

    /** Whether someone else, not the logged-in user, sees the application: before they are told about it. */
    static boolean seenBy(User user, Application application, OpeningView opening) {
        return user.roles().contains(Role.ADMIN) || user.roles().contains(Role.RECRUITER) || user.id().equals(opening.hiringManagerId())
                || opening.recruiterIds().contains(user.id()) || application.getInterviewerIds().contains(user.id());
    }

    boolean sees(Application application) {
        if (CurrentUser.seesEverything()) {
            return true;
        }
        Long me = users.currentUserId();
        if (application.getInterviewerIds().contains(me)) {
            return true;
        }
        try {
            return seesWholeOpening(openings.find(application.getOpeningId()), me);
        } catch (OpeningRejectedException notTheirs) {
            return false;
        }
    }
}
