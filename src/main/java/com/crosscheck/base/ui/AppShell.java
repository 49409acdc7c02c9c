package com.crosscheck.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level setup: the Lumo theme (light or dark, as last chosen), Crosscheck's own stylesheet and the page description. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Compare the numeric claims of news articles across outlets");
        settings.addFavIcon("icon", "icons/icon.svg", "any");
        settings.addInlineWithContents(Inline.Position.PREPEND, ThemeToggle.APPLY_STORED, Inline.Wrapping.JAVASCRIPT);
    }
}
