package cn.yingshang;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
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

    /** What Spring Modulith puts in {@code allowedDependencies} when a module declares nothing. */
    private static final String UNDECLARED = ApplicationModule.OPEN_TOKEN;

    @Test
    @DisplayName("modules depend only on each other's public API and on what they declare, without cycles")
    void verifiesModuleBoundaries() {
        MODULES.verify();
    }

    /**
     * {@link #verifiesModuleBoundaries()} checks declared dependencies only where a module declares
     * them; a module without {@code allowedDependencies} may use any other. Every module declares.
     */
    @Test
    @DisplayName("every module declares allowedDependencies")
    void everyModuleDeclaresItsDependencies() {
        assertThat(declared()).allSatisfy((module, allowed) -> assertThat(allowed)
                .as("allowedDependencies of %s", module).doesNotContain(UNDECLARED));
    }

    /**
     * A declaration that is wider than the code lets a new dependency in unnoticed: each declared
     * module must really be used, so the list stays the map of what the module needs.
     */
    @Test
    @DisplayName("every declared dependency is one the module really has")
    void declaredDependenciesAreUsed() {
        assertThat(declared()).isEqualTo(actual());
    }

    /** The README's dependency table is the declared one, so the documentation cannot drift. */
    @Test
    @DisplayName("the README's module dependency table matches the declarations")
    void readmeTableIsCurrent() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(dependencyTable());
    }

    @Test
    @DisplayName("module documentation is written to target/spring-modulith-docs")
    void writesDocumentation() throws IOException {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        Files.writeString(Path.of("target/spring-modulith-docs/dependencies.md"), dependencyTable());
    }

    /** The markdown table README.md carries under "Module dependencies". */
    static String dependencyTable() {
        StringBuilder table = new StringBuilder("| module | may use |\n|---|---|\n");
        declared().forEach((module, allowed) -> table.append("| `").append(module).append("` | ")
                .append(allowed.isEmpty() ? "—" : allowed.stream().map(name -> "`" + name + "`")
                        .collect(Collectors.joining(", ")))
                .append(" |\n"));
        return table.toString();
    }

    private static Map<String, TreeSet<String>> declared() {
        Map<String, TreeSet<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> {
            ApplicationModule annotation = packageInfo(module.getBasePackage().getName())
                    .getAnnotation(ApplicationModule.class);
            declared.put(module.getIdentifier().toString(),
                    new TreeSet<>(Arrays.asList(annotation == null ? new String[] {UNDECLARED}
                            : annotation.allowedDependencies())));
        });
        return declared;
    }

    private static Map<String, TreeSet<String>> actual() {
        Map<String, TreeSet<String>> actual = new TreeMap<>();
        MODULES.forEach(module -> actual.put(module.getIdentifier().toString(),
                module.getDirectDependencies(MODULES).uniqueModules()
                        .map(target -> target.getIdentifier().toString())
                        .collect(Collectors.toCollection(TreeSet::new))));
        return actual;
    }

    private static Class<?> packageInfo(String packageName) {
        try {
            return Class.forName(packageName + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(packageName + " has no package-info", e);
        }
    }
}
