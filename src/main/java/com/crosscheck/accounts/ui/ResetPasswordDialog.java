package com.crosscheck.accounts.ui;

import com.crosscheck.accounts.AccountException;
import com.crosscheck.accounts.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.function.Consumer;

/** Sets a new password for one user, typed twice; the {@code resetter} may refuse it with a message. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("Repeat the new password");
    final Button save = new Button("Set password");

    ResetPasswordDialog(String username, Consumer<String> resetter) {
        setHeaderTitle("Reset the password of " + username);
        var note = new Paragraph("The old password stops working at once.");
        note.addClassName("muted");
        password.setHelperText("At least " + UserService.MIN_PASSWORD + " characters");
        var form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("22rem");
        add(note, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> submit(resetter));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void submit(Consumer<String> resetter) {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ.");
            repeat.setInvalid(true);
            return;
        }
        try {
            resetter.accept(password.getValue());
            close();
        } catch (AccountException refused) {
            password.setErrorMessage(refused.getMessage());
            password.setInvalid(true);
        }
    }
}
