package com.crosscheck.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The frame around every screen: the app name and a horizontal navigation bar. The navigation sits in the
 * header rather than in a drawer so that side-by-side comparisons get the full width of the window. The menu
 * lists only the screens the signed-in user may open; at the right sit that user's name and role, Sign out and
 * the theme toggle.
 */
@Layout
@PermitAll
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /**
     * The roles, strongest first, to name the one a user holds: users carry every role theirs includes, so the
     * strongest is theirs. Plain names, so that this shell depends on no feature module.
     */
    static final List<String> ROLES_STRONGEST_FIRST = List.of("ADMIN", "ANALYST", "VIEWER");

    private final List<Anchor> links = new ArrayList<>();
    private final Main content = new Main();

    public MainLayout(AuthenticationContext authentication) {
        var name = new Span("Crosscheck");
        name.addClassName("app-name");
        var tagline = new Span("numeric claims across outlets");
        tagline.addClassName("app-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("app-brand");

        var nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", "Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var link = new Anchor(entry.path(), entry.title());
            link.getElement().setAttribute("router-link", true);
            link.addClassName("app-nav-link");
            links.add(link);
            nav.add(link);
        }
        var bar = new Header(brand, nav, signedIn(authentication), new ThemeToggle());
        bar.addClassName("app-bar");
        content.addClassName("app-content");
        addClassName("app-layout");
        add(bar, content);
    }

    private static Div signedIn(AuthenticationContext authentication) {
        var user = new Div();
        user.addClassName("app-user");
        authentication.getPrincipalName().ifPresent(name -> {
            var userName = new Span(name);
            userName.addClassName("app-user-name");
            user.add(userName);
            String role = strongestRole(authentication.getGrantedRoles());
            if (!role.isEmpty()) {
                var roleName = new Span(role);
                roleName.addClassName("app-user-role");
                user.add(roleName);
            }
            var signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            signOut.addClassName("sign-out");
            user.add(signOut);
        });
        return user;
    }

    /** "Admin", "Analyst" or "Viewer"; empty for a user with none of them. */
    static String strongestRole(Collection<String> roles) {
        return ROLES_STRONGEST_FIRST.stream().filter(roles::contains).findFirst()
                .map(r -> r.charAt(0) + r.substring(1).toLowerCase(Locale.ROOT)).orElse("");
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String current = event.getLocation().getFirstSegment();
        for (Anchor link : links) {
            String target = link.getHref().replaceFirst("^/", "");
            boolean active = target.isEmpty() ? current.isEmpty() : current.equals(target.split("/")[0]);
            if (active) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }
}
