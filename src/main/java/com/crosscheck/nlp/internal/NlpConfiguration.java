package com.crosscheck.nlp.internal;

import com.crosscheck.nlp.TextAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the shared analyser injectable. */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    TextAnalyzer textAnalyzer() {
        return TextAnalyzer.english();
    }
}
