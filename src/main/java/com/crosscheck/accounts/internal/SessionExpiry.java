package com.crosscheck.accounts.internal;

import com.crosscheck.accounts.UserAccessChanged;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open screen sessions of a user whose access changed, once the change is committed: their next
 * request finds the session expired and leads to the login page. (API calls sign in on every request, so
 * they see the change at once.)
 */
@Component
class SessionExpiry {

    private final SessionRegistry sessions;

    SessionExpiry(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserAccessChanged changed) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(changed.username())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
