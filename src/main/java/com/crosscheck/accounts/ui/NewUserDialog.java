package com.crosscheck.accounts.ui;

import com.crosscheck.accounts.AccountException;
import com.crosscheck.accounts.Role;
import com.crosscheck.accounts.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Asks for a new user's name, password and role. Create hands them to the {@link Creator}; when it refuses,
 * the refusal's message is shown on the field it is about and the dialog stays open.
 */
class NewUserDialog extends Dialog {

    /** Creates the user, or throws the refusal. */
    @FunctionalInterface
    interface Creator {
        void create(String username, String password, Role role);
    }

    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Select<Role> role = new Select<>();
    final Button create = new Button("Create");

    NewUserDialog(Creator creator) {
        setHeaderTitle("New user");
        username.setHelperText(UserService.MIN_USERNAME + "\u2013" + UserService.MAX_USERNAME
                + " letters, digits, dots, underscores or hyphens");
        username.setMaxLength(UserService.MAX_USERNAME);
        username.setRequired(true);
        password.setHelperText("At least " + UserService.MIN_PASSWORD + " characters");
        password.setRequired(true);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.label() + " \u2014 " + r.description());
        role.setValue(Role.ANALYST);
        var form = new FormLayout(username, password, role);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("24rem");
        add(form);

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> submit(creator));
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    private void submit(Creator creator) {
        username.setInvalid(false);
        password.setInvalid(false);
        role.setInvalid(false);
        try {
            creator.create(username.getValue(), password.getValue(), role.getValue());
            close();
        } catch (AccountException refused) {
            switch (refused.field()) {
                case USERNAME, NONE -> show(username, refused.getMessage());
                case PASSWORD -> show(password, refused.getMessage());
                case ROLE -> {
                    role.setErrorMessage(refused.getMessage());
                    role.setInvalid(true);
                }
            }
        }
    }

    private static void show(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private static void show(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
