package io.hirestage.pipeline;

import io.hirestage.opening.OpeningRejectedException;
import io.hirestage.opening.OpeningView;
import io.hirestage.opening.Openings;
import io.hirestage.security.CurrentUser;
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
