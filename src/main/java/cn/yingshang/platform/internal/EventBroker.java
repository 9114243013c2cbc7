package cn.yingshang.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: the modules' public events marked {@code @Externalized("exchange::routing-key")} leave
 * the process on RabbitMQ, when {@code yingshang.events.broker.enabled=true} (off by default; the
 * broker is {@code spring.rabbitmq.*}). Modulith's externalization does the work: the externalizer
 * is an event listener known to the JDBC event publication registry, so an event whose send failed
 * (broker down) stays incomplete and is resubmitted by EventPublicationUpkeep.
 *
 * <p>Spring Modulith's own AMQP module does exactly this, but its 2.1 build is not published where
 * this project fetches dependencies; this is its externalizer with our JSON mapper. Messages are
 * JSON, persistent, with the event's class as the {@code type} property and the routing key as
 * published; the exchange is a durable topic exchange declared on first connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "yingshang.events.broker.enabled", havingValue = "true")
class EventBroker {

    static final String EXCHANGE = "yingshang.events";

    @Bean
    TopicExchange yingshangEventsExchange() {
        return new TopicExchange(EXCHANGE, true, false);
    }

    @Bean
    DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration, RabbitTemplate rabbit,
                                                        JsonMapper json) {
        return new DelegatingEventExternalizer(configuration, (target, payload) -> {
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            properties.setContentEncoding(StandardCharsets.UTF_8.name());
            properties.setType(payload.getClass().getName());
            rabbit.send(target.getTarget(), target.getKey(), new Message(json.writeValueAsBytes(payload), properties));
            return CompletableFuture.completedFuture(null);
        });
    }
}
