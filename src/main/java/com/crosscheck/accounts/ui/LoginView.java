package com.crosscheck.accounts.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The sign-in page, the only screen open to anonymous visitors. The form posts to Spring Security's form login;
 * a failed sign-in (wrong name or password, or a disabled user) comes back as {@code /login?error}.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in \u00b7 Crosscheck")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    static final String ERROR_TITLE = "Incorrect username or password";
    static final String ERROR_MESSAGE = "Check both and try again. A disabled user cannot sign in: ask an admin.";

    final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Crosscheck");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle(ERROR_TITLE);
        i18n.getErrorMessage().setMessage(ERROR_MESSAGE);
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var hint = new Paragraph("Numeric claims across outlets. Ask an admin for an account.");
        hint.addClassName("muted");
        add(form, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
