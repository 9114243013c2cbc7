package cn.yingshang.arrears.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArrearsDomainTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.yingshang.arrears");

    static final String[] DOMAIN = {"PaymentRules", "OverdueInterest", "ContractTerms", "PaymentDue", "Violation",
            "PayerType", "SettlementBasis", "PaymentMethod", "ClaimStatus", "Claim", "Payer"};

    @Test
    @DisplayName("the arrears rules import no Spring, servlet or persistence types and never read the wall clock")
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("cn.yingshang.arrears.internal")
                .and().haveNameMatching(".*\\.(" + String.join("|", DOMAIN) + ")(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(CLASSES);
    }
}
