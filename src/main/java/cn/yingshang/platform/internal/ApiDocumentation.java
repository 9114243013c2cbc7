package cn.yingshang.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * What the OpenAPI document says beyond the controllers: how callers authenticate (HTTP Basic for
 * people and service accounts, the HMAC signature for the 12345 intake, nothing on public paths,
 * decided from the same path lists the security chains use), and the problem+json answers every
 * operation may give. A standard linter (Redocly CLI, run by ApiLintTest) checks the result.
 */
@Component
@Order(0)
class ApiDocumentation implements OpenApiCustomizer {

    static final String BASIC = "basicAuth";
    static final String HOTLINE = "hotlineSignature";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final MessageSource messages;

    ApiDocumentation(MessageSource messages) {
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title(text("api.title")).version("v1").description(text("api.description"))
                .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")));
        // relative: the same document serves every deployment; a client is given its server's address
        api.servers(List.of(new io.swagger.v3.oas.models.servers.Server().url("/").description(text("api.server"))));
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        Components components = api.getComponents();
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description(text("api.security.basic")));
        components.addSecuritySchemes(HOTLINE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-Signature").description(text("api.security.hotline")));
        components.addSchemas(PROBLEM, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                // an operation whose controller gives no summary (the services module's, for now) is named by its description or id
                operation.setSummary(operation.getDescription() != null && !operation.getDescription().isBlank()
                        ? operation.getDescription().lines().findFirst().orElse("") : operation.getOperationId());
            }
            boolean open = isPublic(path);
            if (SecurityConfiguration.HOTLINE_PATH.equals(path)) {
                operation.setSecurity(List.of(new SecurityRequirement().addList(HOTLINE)));
            } else if (open) {
                operation.setSecurity(List.of());
            } else {
                operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
            }
            addProblems(operation, path, method.name(), open && !SecurityConfiguration.HOTLINE_PATH.equals(path));
        }));
        keepReferencedSchemas(api);
    }

    private static final java.util.regex.Pattern SCHEMA_REF = java.util.regex.Pattern.compile("#/components/schemas/([^\"/]+)");

    /**
     * Drops schemas no operation reaches (springdoc adds some for exception handlers' return types,
     * such as ModelAndView), so clients are not generated for Spring's internals.
     */
    @SuppressWarnings("rawtypes")
    private static void keepReferencedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        java.util.Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        java.util.function.Consumer<String> scan = text -> {
            var m = SCHEMA_REF.matcher(text);
            while (m.find()) {
                if (reached.add(m.group(1))) {
                    todo.add(m.group(1));
                }
            }
        };
        scan.accept(io.swagger.v3.core.util.Json.pretty(api.getPaths()));
        while (!todo.isEmpty()) {
            Schema schema = schemas.get(todo.poll());
            if (schema != null) {
                scan.accept(io.swagger.v3.core.util.Json.pretty(schema));
            }
        }
        schemas.keySet().retainAll(reached);
    }

    static boolean isPublic(String path) {
        return Arrays.stream(SecurityConfiguration.PUBLIC).anyMatch(p -> PATHS.match(p, path));
    }

    private void addProblems(Operation operation, String path, String method, boolean open) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problem(responses, "400", "problem.title.bad-request");
        if (!open) {
            problem(responses, "401", "api.problem.401");
            problem(responses, "403", "api.problem.403");
        }
        if (path.contains("{")) {
            problem(responses, "404", "api.problem.404");
        }
        if (!"GET".equals(method)) {
            problem(responses, "409", "api.problem.409");
            problem(responses, "422", "api.problem.422");
        }
        problem(responses, "500", "api.problem.500");
        // springdoc documents a handler's own @ExceptionHandler answers with the wrong media type: say problem+json
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(text("api.problem.description"));
                }
            }
        });
        operation.setResponses(responses);
    }

    private void problem(ApiResponses responses, String code, String key) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(text(key)).content(problemContent()));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema problemSchema() {
        Schema problem = new ObjectSchema().description(text("api.problem.description"));
        problem.setProperties(new java.util.LinkedHashMap<>(Map.of(
                "type", new StringSchema().description("URI"),
                "title", new StringSchema(),
                "status", new IntegerSchema().format("int32"),
                "detail", new StringSchema(),
                "instance", new StringSchema(),
                "errors", new ObjectSchema().additionalProperties(new StringSchema()))));
        return problem;
    }
}
