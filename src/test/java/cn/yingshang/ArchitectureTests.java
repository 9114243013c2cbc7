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

    @Test
    @DisplayName("domain code never reads the wall clock: time comes from an injected Clock")
    void noWallClockInSharedKernel() {
        noClasses().that().resideInAPackage("cn.yingshang.shared..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(CLASSES);
    }
}
