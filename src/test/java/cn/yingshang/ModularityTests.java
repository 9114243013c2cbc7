package cn.yingshang;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The boundaries hold for the platform's code. Test classes are left out: a cross-cutting test
     * (submit-once, fuzz) may assemble fixtures from several modules without making them depend on
     * each other.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(YingshangApplication.class,
            (ImportOption) location -> !location.contains("/test-classes/"));

    @Test
    @DisplayName("modules depend only on each other's public API, without cycles")
    void verifiesModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    @DisplayName("module documentation is written to target/spring-modulith-docs")
    void writesDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
