package com.crosscheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The package-by-feature rules of the README's architecture section: modules reach each other only through
 * their public root packages, without cycles; Vaadin stays in screens, OpenNLP inside the nlp module.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.crosscheck");

    @Test
    void modules_use_only_each_others_public_api_and_have_no_cycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void vaadin_is_used_only_by_screens() {
        noClasses().that().resideOutsideOfPackages("..ui..", "com.crosscheck.workbench..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void opennlp_is_used_only_inside_the_nlp_module() {
        noClasses().that().resideOutsideOfPackage("com.crosscheck.nlp.internal..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(CLASSES);
    }

    @Test
    void nothing_depends_on_the_workbench() {
        noClasses().that().resideOutsideOfPackage("com.crosscheck.workbench..")
                .should().dependOnClassesThat().resideInAPackage("com.crosscheck.workbench..")
                .check(CLASSES);
    }

    @Test
    void repositories_are_called_only_from_their_own_module() {
        noClasses().that().resideOutsideOfPackage("com.crosscheck.corpus..")
                .should().dependOnClassesThat().resideInAPackage("com.crosscheck.corpus.internal..")
                .check(CLASSES);
    }
}
