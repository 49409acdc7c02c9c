package com.crosscheck.matching.internal;

import com.crosscheck.claims.AnalystClaimsChanged;
import com.crosscheck.claims.ClaimsExtracted;
import com.crosscheck.matching.ClaimMatcher;
import com.crosscheck.matching.MatchingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The matcher as a bean, and the trigger that drops stale comparisons. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

    @Bean
    ClaimMatcher claimMatcher() {
        return new RuleBasedClaimMatcher();
    }

    /** New claims for an article make every comparison that includes it stale. */
    @Component
    static class StaleComparisons {

        private final MatchingService matching;

        StaleComparisons(MatchingService matching) {
            this.matching = matching;
        }

        @EventListener
        void on(ClaimsExtracted event) {
            matching.forget(event.articleId());
        }

        @EventListener
        void on(AnalystClaimsChanged event) {
            matching.forget(event.articleId());
        }
    }
}
