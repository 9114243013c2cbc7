package cn.yingshang.platform.internal;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Locale;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The OpenAPI document tells callers of every writing operation that they may send an Idempotency-Key. */
@Component
class IdempotencyKeyDocumentation implements OpenApiCustomizer {

    private final MessageSource messages;

    IdempotencyKeyDocumentation(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        String description = messages.getMessage("api.idempotency-key", null, Locale.SIMPLIFIED_CHINESE);
        api.getPaths().forEach((path, item) -> Stream.of(item.getPost(), item.getPut(), item.getPatch())
                .filter(java.util.Objects::nonNull)
                .forEach((Operation op) -> op.addParametersItem(new HeaderParameter().name(OnceOnlyRequests.HEADER)
                        .required(false).description(description).schema(new StringSchema().minLength(8).maxLength(200)))));
    }
}
