package com.crosscheck.base.ui;

import com.vaadin.flow.component.HasElement;
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

import java.util.ArrayList;
import java.util.List;

/**
 * The frame around every screen: the app name and a horizontal navigation bar. The navigation sits in the
 * header rather than in a drawer so that side-by-side comparisons get the full width of the window.
 */
@Layout
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final List<Anchor> links = new ArrayList<>();
    private final Main content = new Main();

    public MainLayout() {
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
        var bar = new Header(brand, nav, new ThemeToggle());
        bar.addClassName("app-bar");
        content.addClassName("app-content");
        addClassName("app-layout");
        add(bar, content);
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
