package com.crosscheck.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured password, the first start makes a random one and shows it once in the log. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:accounts-random;DB_CLOSE_DELAY=-1",
        "crosscheck.corpus.import-on-start=false",
        "crosscheck.admin.password="})
@ExtendWith(OutputCaptureExtension.class)
class RandomAdminPasswordTest {

    private static final Pattern BANNER =
            Pattern.compile("Crosscheck created the user admin with password (\\S+) \u2014 change it in Users");

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Test
    void the_first_start_logs_a_random_admin_password_once_and_it_signs_in(CapturedOutput output) throws Exception {
        Matcher banner = BANNER.matcher(output.getAll());
        assertThat(banner.find()).as("the banner in the log").isTrue();
        String password = banner.group(1);
        assertThat(password).hasSize(16);
        assertThat(banner.find()).as("a second banner").isFalse();

        var signedIn = authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }
}
