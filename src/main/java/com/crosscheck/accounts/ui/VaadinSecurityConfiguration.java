package com.crosscheck.accounts.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The screens' security chain (every request the {@code /api/**} chain does not take): Vaadin's configurer
 * with form login on {@link LoginView}, so every screen needs a signed-in user unless it says
 * {@code @AnonymousAllowed}, and views are checked by their {@code @PermitAll} / {@code @RolesAllowed}.
 * The stylesheet and icons are public so the login page is styled, and so a sign-in never lands on them.
 * Sessions are registered so that a change of a user's access can end them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // the command line runs the services without a web server
class VaadinSecurityConfiguration {

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles.css", "/icons/**").permitAll());
        // Sessions are registered (any number per user) so that disabling a user or changing their role or
        // password ends them; an ended session's next request goes to the login page.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
