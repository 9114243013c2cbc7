package cn.yingshang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.yingshang");

    @Test
    @DisplayName("the shared kernel imports no Spring, servlet or persistence types")
    void sharedKernelIsPlainJava() {
        noClasses().that().resideInAPackage("cn.yingshang.shared..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..")
                .check(CLASSES);
    }

    /**
     * A module's domain types (marked {@link cn.yingshang.shared.DomainType}: aggregates, values,
     * statuses and rules) hold the decision and nothing else, so they can be read, tested and moved
     * without the framework. The rule must find marked classes, so it cannot pass by finding none.
     */
    @Test
    @DisplayName("every module's domain types import no Spring, servlet or SQL types")
    void domainTypesArePlainJava() {
        noClasses().that().areAnnotatedWith(cn.yingshang.shared.DomainType.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..", "org.postgresql..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    @DisplayName("domain code never reads the wall clock: time comes from an injected Clock")
    void noWallClockInSharedKernel() {
        noClasses().that().resideInAPackage("cn.yingshang.shared..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(CLASSES);
    }

    /**
     * Spring's transactions are applied by a proxy: a call from a method of the same object goes past
     * it, so an {@code @Transactional} on the called method is silently ignored (issue 19: the deadline
     * watch committed each notice alone). Calls from a method that is itself transactional, or of a
     * class that is transactional as a whole, already run in a transaction and are allowed.
     */
    @Test
    @DisplayName("no method calls an @Transactional method of its own class past the proxy")
    void noTransactionalSelfInvocation() {
        com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass> noSelfCalls =
                new com.tngtech.archunit.lang.ArchCondition<>("not call their own @Transactional methods from a non-transactional method") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        if (item.isAnnotatedWith(TX)) {
                            return;
                        }
                        for (com.tngtech.archunit.core.domain.JavaMethodCall call : item.getMethodCallsFromSelf()) {
                            if (!call.getTargetOwner().equals(item) || call.getOrigin().isAnnotatedWith(TX)
                                    || call.getOrigin() instanceof com.tngtech.archunit.core.domain.JavaConstructor) {
                                continue;
                            }
                            call.getTarget().resolveMember().filter(m -> m.isAnnotatedWith(TX)).ifPresent(m ->
                                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(call, call.getDescription())));
                        }
                    }
                };
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should(noSelfCalls).check(CLASSES);
    }

    private static final String TX = "org.springframework.transaction.annotation.Transactional";
}
