package com.crosscheck.testing;

import com.crosscheck.accounts.Role;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import kotlin.jvm.functions.Function1;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/**
 * Signs a user in for browserless (Karibu) tests. In a real server Spring Security's filters put the user into
 * the request ({@code getUserPrincipal}, {@code isUserInRole}), which Vaadin's navigation access control asks;
 * Karibu runs no filters, so {@link #install()} makes its fake requests answer from the
 * {@link SecurityContextHolder}, and {@link #as(Role)} puts a user there, with every role theirs includes (as
 * the application's user details service does). Call {@code install()} before {@code MockVaadin.setup} and
 * {@code uninstall()} after {@code MockVaadin.tearDown}.
 */
public final class KaribuLogin {

    private static @Nullable Function1<FakeHttpSession, FakeRequest> original;

    private KaribuLogin() {
    }

    /** Makes Karibu's requests carry the signed-in user. */
    public static void install() {
        if (original == null) {
            original = MockVaadin.getMockRequestFactory();
        }
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
    }

    /** Restores Karibu's plain requests and signs out. */
    public static void uninstall() {
        if (original != null) {
            MockVaadin.setMockRequestFactory(original);
        }
        signOut();
    }

    /** Signs in a user named after the role ("analyst", "admin", "viewer"). */
    public static void as(Role role) {
        as(role.name().toLowerCase(java.util.Locale.ROOT), role);
    }

    public static void as(String username, Role role) {
        List<GrantedAuthority> authorities = Arrays.stream(Role.values())
                .filter(r -> r.ordinal() >= role.ordinal())
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        var user = User.withUsername(username).password("unused").authorities(authorities).build();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A fake request whose user is whoever is signed in at the moment it is asked. */
    private static final class SignedInRequest extends FakeRequest {

        SignedInRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public @Nullable Principal getUserPrincipal() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null || !authentication.isAuthenticated() ? null : authentication;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
        }
    }
}
