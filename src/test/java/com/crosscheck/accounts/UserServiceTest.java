package com.crosscheck.accounts;

import com.crosscheck.base.DomainException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The users service on its own database, with the first-start admin's password given as a setting. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:accounts-service;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false",
        "crosscheck.admin.password=" + UserServiceTest.ADMIN_PASSWORD})
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "test-admin", roles = "ADMIN")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UserServiceTest {

    static final String ADMIN_PASSWORD = "from-the-environment";

    @Autowired
    private UserService users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RoleHierarchy hierarchy;
    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    private GuardedByRoles guarded;

    /** A service elsewhere that guards its methods with roles, as future modules will. */
    static class GuardedByRoles {
        @PreAuthorize("hasRole('VIEWER')")
        String read() {
            return "read";
        }

        @PreAuthorize("hasRole('ANALYST')")
        String annotate() {
            return "annotated";
        }
    }

    @TestConfiguration
    static class GuardedConfiguration {
        @Bean
        GuardedByRoles guardedByRoles() {
            return new GuardedByRoles();
        }
    }

    @Test
    @Order(1) // first, so that the captured output holds the application's start
    void the_first_start_creates_admin_with_the_configured_password_and_never_logs_it(CapturedOutput output)
            throws Exception {
        assertThat(users.find("admin")).hasValueSatisfying(admin -> {
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(admin.enabled()).isTrue();
        });
        assertThat(authenticate("admin", ADMIN_PASSWORD).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN", "ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(output.getAll())
                .contains("Crosscheck created the user admin with the password from crosscheck.admin.password")
                .doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void stores_a_bcrypt_hash_and_never_the_password() {
        users.create("hash.check", "plain-text-pw", Role.VIEWER);

        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, "hash.check");
        assertThat(hash).startsWith("$2").doesNotContain("plain-text-pw").hasSize(60);
        assertThat(users.list()).extracting(UserAccount::toString).noneMatch(s -> s.contains("$2"));
    }

    @Test
    void refuses_bad_usernames_and_passwords_with_the_reason() {
        assertRefused(() -> users.create("ab", "long-enough", Role.VIEWER), DomainException.Kind.INVALID,
                "A username has 3 to 40 characters; \u201cab\u201d has 2.");
        assertRefused(() -> users.create("x".repeat(41), "long-enough", Role.VIEWER), DomainException.Kind.INVALID,
                "A username has 3 to 40 characters");
        assertRefused(() -> users.create("anna maria", "long-enough", Role.VIEWER), DomainException.Kind.INVALID,
                "may hold only letters (A\u2013Z, a\u2013z), digits, dots, underscores and hyphens");
        assertRefused(() -> users.create("  ", "long-enough", Role.VIEWER), DomainException.Kind.INVALID,
                "Enter a username.");
        assertRefused(() -> users.create("anna", "seven77", Role.VIEWER), DomainException.Kind.INVALID,
                "A password needs at least 8 characters; this one has 7.");
        assertThat(users.find("anna")).isEmpty();
    }

    @Test
    void refuses_a_taken_name_in_any_case_and_an_unknown_user() {
        users.create("Dupe_1", "long-enough", Role.ANALYST);

        assertRefused(() -> users.create("dupe_1", "long-enough", Role.VIEWER), DomainException.Kind.CONFLICT,
                "The username \u201cdupe_1\u201d is already taken.");
        assertRefused(() -> users.changeRole("nobody", Role.VIEWER), DomainException.Kind.NOT_FOUND,
                "There is no user \u201cnobody\u201d.");
        assertRefused(() -> users.resetPassword("nobody", "long-enough"), DomainException.Kind.NOT_FOUND, "nobody");
        assertRefused(() -> users.setEnabled("nobody", false), DomainException.Kind.NOT_FOUND, "nobody");
    }

    @Test
    void the_last_enabled_admin_can_be_neither_disabled_nor_demoted() {
        assertRefused(() -> users.setEnabled("admin", false), DomainException.Kind.CONFLICT,
                "\u201cadmin\u201d is the last enabled admin and cannot be disabled");
        assertRefused(() -> users.changeRole("admin", Role.ANALYST), DomainException.Kind.CONFLICT,
                "\u201cadmin\u201d is the last enabled admin and cannot be demoted to Analyst");

        users.create("second.admin", "long-enough", Role.ADMIN);
        users.setEnabled("second.admin", false);
        assertRefused(() -> users.changeRole("admin", Role.VIEWER), DomainException.Kind.CONFLICT, "last enabled admin");

        users.setEnabled("second.admin", true);
        assertThat(users.changeRole("second.admin", Role.VIEWER).role()).isEqualTo(Role.VIEWER);
        assertThat(users.find("admin")).map(UserAccount::role).contains(Role.ADMIN);
    }

    @Test
    void a_disabled_user_cannot_sign_in_until_enabled_again() throws Exception {
        users.create("temp.worker", "long-enough", Role.ANALYST);
        assertThat(authenticate("temp.worker", "long-enough").isAuthenticated()).isTrue();

        users.setEnabled("temp.worker", false);
        assertThatThrownBy(() -> authenticate("temp.worker", "long-enough")).isInstanceOf(DisabledException.class);

        users.setEnabled("temp.worker", true);
        assertThat(authenticate("temp.worker", "long-enough").isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_password_replaces_the_old_one() throws Exception {
        users.create("forgetful", "first-password", Role.VIEWER);

        users.resetPassword("forgetful", "second-password");

        assertThatThrownBy(() -> authenticate("forgetful", "first-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(authenticate("forgetful", "second-password").isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "ann", roles = "ANALYST")
    void changes_need_the_admin_role_but_reading_does_not() {
        assertThatThrownBy(() -> users.create("sneaky", "long-enough", Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.changeRole("admin", Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword("admin", "long-enough")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled("admin", false)).isInstanceOf(AccessDeniedException.class);
        assertThat(users.list()).extracting(UserAccount::username).contains("admin");
    }

    @Test
    void roles_form_the_hierarchy_admin_analyst_viewer() {
        assertThat(reachable(Role.ADMIN)).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(reachable(Role.ANALYST)).containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_VIEWER");
        assertThat(reachable(Role.VIEWER)).containsExactly("ROLE_VIEWER");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void method_security_applies_the_hierarchy_to_an_admin() {
        assertThat(guarded.annotate()).isEqualTo("annotated");
        assertThat(guarded.read()).isEqualTo("read");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void method_security_keeps_a_viewer_from_analyst_writes() {
        assertThat(guarded.read()).isEqualTo("read");
        assertThatThrownBy(guarded::annotate).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> reachable(Role role) {
        return hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority())))
                .stream().map(GrantedAuthority::getAuthority).toList();
    }

    private Authentication authenticate(String username, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private static void assertRefused(Runnable call, DomainException.Kind kind, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AccountException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
