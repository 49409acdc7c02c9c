package com.crosscheck.accounts.ui;

import com.crosscheck.KaribuTest;
import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserAccount;
import com.crosscheck.accounts.UserService;
import com.crosscheck.testing.KaribuLogin;
import com.crosscheck.base.ui.MainLayout;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewTest extends KaribuTest {

    @Autowired
    private UserService users;
    @Autowired
    private AuthenticationContext authentication;

    @Override
    protected Role signedInRole() {
        return Role.ADMIN;
    }

    @Test
    void an_admin_opens_users_and_sees_the_first_admin() {
        UI.getCurrent().navigate("users");

        UsersView view = _get(UsersView.class);
        assertThat(view.shownUsers()).extracting(UserAccount::username).contains("admin");
    }

    @Test
    void analysts_and_viewers_cannot_open_users() {
        for (Role role : new Role[] {Role.ANALYST, Role.VIEWER}) {
            KaribuLogin.as(role);
            assertThatThrownBy(() -> UI.getCurrent().navigate("users")).as(role.name())
                    .isInstanceOf(MockAccessDeniedException.class)
                    .hasMessageContaining("Access is denied by annotations on the view");
            assertThat(_find(UsersView.class)).as(role.name()).isEmpty();
        }
    }

    @Test
    void the_menu_lists_users_only_for_admins() {
        assertThat(menu()).contains("Articles", "Conflicts", "Users");

        KaribuLogin.as(Role.ANALYST);
        assertThat(menu()).contains("Articles", "Conflicts").doesNotContain("Users");
    }

    @Test
    void the_header_shows_the_signed_in_user_and_role() {
        var layout = new MainLayout(authentication);

        assertThat(_find(layout, Span.class)).extracting(Span::getText).contains("admin", "Admin");
        assertThat(_find(layout, Button.class)).extracting(Button::getText).contains("Sign out");
    }

    private List<String> menu() {
        return _find(new MainLayout(authentication), Anchor.class).stream().map(Anchor::getText).toList();
    }

    @Test
    void the_new_user_dialog_shows_the_reasons_on_the_fields_then_creates_the_user() {
        UI.getCurrent().navigate("users");
        UsersView view = _get(UsersView.class);
        _click(view.newUser);
        NewUserDialog dialog = _get(NewUserDialog.class);

        dialog.username.setValue("x!");
        dialog.password.setValue("longenough");
        _click(dialog.create);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("3 to 40 characters");

        dialog.username.setValue("karibu.viewer");
        dialog.password.setValue("short");
        _click(dialog.create);
        assertThat(dialog.username.isInvalid()).isFalse();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("A password needs at least 8 characters; this one has 5.");

        dialog.password.setValue("longenough");
        dialog.role.setValue(Role.VIEWER);
        _click(dialog.create);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(users.find("karibu.viewer")).map(UserAccount::role).contains(Role.VIEWER);
        assertThat(view.shownUsers()).extracting(UserAccount::username).contains("karibu.viewer");
    }

    @Test
    void demoting_the_last_admin_in_the_row_is_refused_with_the_reason() {
        UI.getCurrent().navigate("users");
        UsersView view = _get(UsersView.class);
        int row = view.shownUsers().stream().map(UserAccount::username).toList().indexOf("admin");
        @SuppressWarnings("unchecked")
        var role = (Select<Role>) GridKt._getCellComponent(view.grid, row, "role");

        role.setValue(Role.VIEWER);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("is the last enabled admin and cannot be demoted"));
        assertThat(users.find("admin")).map(UserAccount::role).contains(Role.ADMIN);
    }

    @Test
    void an_admin_resets_a_password_typed_twice_and_disables_a_user() {
        users.create("karibu.reset", "first-password", Role.ANALYST);
        UI.getCurrent().navigate("users");
        UsersView view = _get(UsersView.class);
        int row = view.shownUsers().stream().map(UserAccount::username).toList().indexOf("karibu.reset");

        var actions = GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Reset password")));
        ResetPasswordDialog dialog = _get(ResetPasswordDialog.class);
        dialog.password.setValue("second-password");
        dialog.repeat.setValue("something-else");
        _click(dialog.save);
        assertThat(dialog.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        dialog.repeat.setValue("second-password");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        actions = GridKt._getCellComponent(view.grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Disable")));
        assertThat(users.find("karibu.reset")).map(UserAccount::enabled).contains(false);
    }
}
