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
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

/**
 * Signs a user in for browserless (Karibu) tests. In a real server Spring Security's filters put the user into
 * the request ({@code getUserPrincipal}, {@code isUserInRole}), which Vaadin's navigation access control asks;
 * Karibu runs no filters, so {@link #install(ApplicationContext)} makes its fake requests answer from the
 * {@link SecurityContextHolder}, and {@link #as(Role)} puts a user there, with every role theirs includes (as
 * the application's user details service does). Call {@code install()} before {@code MockVaadin.setup} and
 * {@code uninstall()} after {@code MockVaadin.tearDown}.
 */
public final class KaribuLogin {

    private static @Nullable Function1<FakeHttpSession, FakeRequest> original;
    /**
     * Where the application under test keeps the signed-in user. Each Spring context has its own (Vaadin's
     * session-aware strategy), and the static {@link SecurityContextHolder} points at whichever context set it
     * last, so the user must go into the strategy of the context under test, and the holder must point at it
     * while the test runs (Vaadin's {@code AuthenticationContext} asks the holder).
     */
    private static SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
    private static @Nullable SecurityContextHolderStrategy previous;

    private KaribuLogin() {
    }

    /** Makes Karibu's requests carry the user signed in to the application of {@code context}. */
    public static void install(ApplicationContext context) {
        strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        previous = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(strategy);
        if (original == null) {
            original = MockVaadin.getMockRequestFactory();
        }
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
    }

    /**
     * For Spring tests without Karibu: users signed in with {@link #as} go to the security of the application of
     * {@code context}, where its services' method security looks for them.
     */
    public static void useSecurityOf(ApplicationContext context) {
        strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    /** Restores Karibu's plain requests and signs out. */
    public static void uninstall() {
        if (original != null) {
            MockVaadin.setMockRequestFactory(original);
        }
        signOut();
        if (previous != null) {
            SecurityContextHolder.setContextHolderStrategy(previous);
            previous = null;
        }
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
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        strategy.setContext(context);
    }

    public static void signOut() {
        strategy.clearContext();
    }

    /** A fake request whose user is whoever is signed in at the moment it is asked. */
    private static final class SignedInRequest extends FakeRequest {

        SignedInRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public @Nullable Principal getUserPrincipal() {
            Authentication authentication = strategy.getContext().getAuthentication();
            return authentication == null || !authentication.isAuthenticated() ? null : authentication;
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication authentication = strategy.getContext().getAuthentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
        }
    }
}
