package com.crosscheck.accounts.ui;

import com.crosscheck.accounts.AccountException;
import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserAccount;
import com.crosscheck.accounts.UserService;
import com.crosscheck.base.ui.DisplayDates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * The admins' screen: every user with role, state and creation date; new users, role changes, password resets,
 * disabling and enabling. Refusals (such as demoting the last admin) are shown as the service words them.
 */
@Route("users")
@PageTitle("Users \u00b7 Crosscheck")
@Menu(order = 9, title = "Users")
@RolesAllowed("ADMIN")
class UsersView extends Div {

    final Grid<UserAccount> grid = new Grid<>();
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    private final Span count = new Span();
    private final UserService users;

    UsersView(UserService users) {
        this.users = users;
        addClassName("users-view");

        var heading = new H1("Users");
        count.addClassName("muted");
        var spacer = new Div();
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> new NewUserDialog(this::create).open());
        var title = new HorizontalLayout(heading, count, spacer, newUser);
        title.setWidthFull();
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        title.setFlexGrow(1, spacer);
        var intro = new Paragraph("Admins manage users; analysts read, annotate, import and export; viewers read "
                + "and export. Each role includes the ones after it.");
        intro.addClassName("muted");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader("Username").setFlexGrow(2).setSortable(true)
                .setComparator(Comparator.comparing(UserAccount::username, String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(this::roleSelect).setKey("role").setHeader("Role").setWidth("10rem").setFlexGrow(0)
                .setComparator(UserAccount::role);
        grid.addComponentColumn(UsersView::state).setHeader("Enabled").setWidth("8rem").setFlexGrow(0)
                .setComparator(UserAccount::enabled);
        grid.addColumn(u -> DisplayDates.format(u.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()))
                .setHeader("Created").setWidth("9rem").setFlexGrow(0).setSortable(true)
                .setComparator(UserAccount::createdAt);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No users.");
        add(title, intro, grid);
        refresh();
    }

    /** The users the grid shows. */
    List<UserAccount> shownUsers() {
        return grid.getListDataView().getItems().toList();
    }

    private void refresh() {
        List<UserAccount> all = users.list();
        grid.setItems(all);
        long enabled = all.stream().filter(UserAccount::enabled).count();
        count.setText(all.size() + (all.size() == 1 ? " user" : " users") + ", " + enabled + " enabled");
    }

    private void create(String username, String password, Role role) {
        UserAccount created = users.create(username, password, role);
        refresh();
        notice("Created " + created.username() + " (" + created.role().label() + ").");
    }

    private Component roleSelect(UserAccount user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(Role::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addThemeName("small");
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != user.role()) {
                attempt(() -> {
                    users.changeRole(user.username(), e.getValue());
                    notice(user.username() + " is now " + e.getValue().label() + ".");
                });
            }
        });
        return select;
    }

    private static Component state(UserAccount user) {
        var state = new Span(user.enabled() ? "Enabled" : "Disabled");
        state.addClassName("user-state");
        state.getElement().setAttribute("data-enabled", Boolean.toString(user.enabled()));
        return state;
    }

    private Component actions(UserAccount user) {
        var reset = new Button("Reset password", VaadinIcon.KEY.create(),
                e -> new ResetPasswordDialog(user.username(), password -> {
                    users.resetPassword(user.username(), password);
                    notice("New password set for " + user.username() + ".");
                }).open());
        var toggle = new Button(user.enabled() ? "Disable" : "Enable",
                user.enabled() ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create(),
                e -> attempt(() -> {
                    users.setEnabled(user.username(), !user.enabled());
                    notice(user.username() + (user.enabled() ? " can no longer sign in." : " can sign in again."));
                }));
        for (Button button : List.of(reset, toggle)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        reset.setAriaLabel("Reset the password of " + user.username());
        toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
        return new HorizontalLayout(reset, toggle);
    }

    /** Runs a change; a refusal is shown as it is worded. The grid shows the stored state either way. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (AccountException refused) {
            var notification = Notification.show(refused.getMessage(), 8000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static void notice(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
