package com.crosscheck.accounts.web;

import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserAccount;
import com.crosscheck.accounts.UserService;
import com.crosscheck.base.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/**
 * Users through the web API, for admins only (the {@code /api/**} chain checks the role, {@link UserService}
 * checks it again). Answers never carry a password or its hash; refusals are problem details with the
 * service's message.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    /** A user as the API shows it. */
    record UserJson(String username, Role role, boolean enabled, Instant createdAt) {
        static UserJson of(UserAccount account) {
            return new UserJson(account.username(), account.role(), account.enabled(), account.createdAt());
        }
    }

    /** The body of {@code POST /api/users}. */
    record NewUser(@Nullable String username, @Nullable String password, @Nullable String role) {
    }

    /** The body of {@code PATCH /api/users/{name}}: any of the three. */
    record UserChange(@Nullable String role, @Nullable String password, @Nullable Boolean enabled) {
    }

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    List<UserJson> list() {
        return users.list().stream().map(UserJson::of).toList();
    }

    @GetMapping("/{name}")
    UserJson get(@PathVariable String name) {
        return users.find(name).map(UserJson::of)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "There is no user \u201c" + name + "\u201d."));
    }

    @PostMapping
    ResponseEntity<UserJson> create(@RequestBody NewUser body, UriComponentsBuilder uri) {
        if (body.role() == null || body.role().isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, "Give the new user's role: ADMIN, ANALYST or VIEWER.");
        }
        Role role = Role.parse(body.role());
        UserAccount created = users.create(orEmpty(body.username()), orEmpty(body.password()), role);
        return ResponseEntity.created(uri.path("/api/users/{name}").buildAndExpand(created.username()).toUri())
                .body(UserJson.of(created));
    }

    @PatchMapping("/{name}")
    UserJson change(@PathVariable String name, @RequestBody UserChange body) {
        if (body.role() == null && body.password() == null && body.enabled() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "Give at least one of role, password and enabled.");
        }
        Role role = body.role() == null ? null : Role.parse(body.role());
        return UserJson.of(users.update(name, role, body.password(), body.enabled()));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
