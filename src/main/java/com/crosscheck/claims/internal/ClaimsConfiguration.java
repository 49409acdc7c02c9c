package com.crosscheck.claims.internal;

import com.crosscheck.claims.ClaimExtractor;
import com.crosscheck.nlp.TextAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractor as a bean, on the shared analyser. */
@Configuration(proxyBeanMethods = false)
class ClaimsConfiguration {

    @Bean
    ClaimExtractor claimExtractor(TextAnalyzer analyzer) {
        return new RuleBasedClaimExtractor(analyzer);
    }
}
