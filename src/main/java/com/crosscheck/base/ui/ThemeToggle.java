package com.crosscheck.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Switches between Lumo's light and dark themes. The choice is kept in the browser's local storage and applied
 * before the first paint by {@link AppShell}, so a reload does not flash the other theme.
 */
final class ThemeToggle extends Button {

    static final String STORAGE_KEY = "crosscheck-theme";

    /** Applies the stored theme to the page; run inline in the page head. */
    static final String APPLY_STORED = "try{if(localStorage.getItem('" + STORAGE_KEY + "')==='dark')"
            + "document.documentElement.setAttribute('theme','dark')}catch(e){}";

    ThemeToggle() {
        setIcon(VaadinIcon.ADJUST.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel("Switch between light and dark theme");
        setTooltipText("Light or dark theme");
        addClassName("theme-toggle");
        addClickListener(e -> getElement().executeJs("""
                const root = document.documentElement;
                const dark = root.getAttribute('theme') !== 'dark';
                if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
                try { localStorage.setItem($0, dark ? 'dark' : 'light'); } catch (e) {}
                """, STORAGE_KEY));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(APPLY_STORED);
    }
}
