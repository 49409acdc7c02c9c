package com.crosscheck;

import com.crosscheck.accounts.Role;
import com.crosscheck.testing.KaribuLogin;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browserless UI tests: the whole application context with a faked Vaadin servlet and UI, signed in
 * as an analyst unless a test overrides {@link #signedInRole()} or signs in again with {@link KaribuLogin}.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    /** The role the tests of a class are signed in with. */
    protected Role signedInRole() {
        return Role.ANALYST;
    }

    @BeforeEach
    void setUpVaadin() {
        KaribuLogin.install(context);
        KaribuLogin.as(signedInRole());
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /**
     * Karibu's own discovery sees only public classes; our views are package-private, so Spring's scanner
     * finds them instead.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("com.crosscheck");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.crosscheck")) {
            String name = java.util.Objects.requireNonNull(candidate.getBeanClassName());
            routes.getRoutes().add((Class<? extends Component>) ClassUtils.resolveClassName(name, null));
        }
        return routes;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        KaribuLogin.uninstall();
    }
}
