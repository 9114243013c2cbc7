package cn.yingshang.platform.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Event publications still incomplete after {@code yingshang.events.resubmit-after}, in readiness
 * ("eventBacklog") and metrics. The backlog is the cluster's, not this node's: taking every node out
 * of the load balancer would not shrink it, so a long backlog is reported as WARNING (HTTP 200) for
 * monitoring to alert on, never DOWN.
 */
@Component("eventBacklogHealthIndicator")
class EventBacklogHealth implements HealthIndicator, MeterBinder {

    static final Status WARNING = new Status("WARNING", "event publications are waiting for their listeners");

    private final JdbcClient jdbc;
    private final Duration stale;
    private final long limit;

    EventBacklogHealth(JdbcClient jdbc, @Value("${yingshang.events.resubmit-after:PT5M}") Duration stale,
                       @Value("${yingshang.health.event-backlog-limit:1000}") long limit) {
        this.jdbc = jdbc;
        this.stale = stale;
        this.limit = limit;
    }

    long incomplete() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

    long staleCount() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND publication_date < :before")
                .param("before", Timestamp.from(Instant.now().minus(stale))).query(Long.class).single();
    }

    @Override
    public Health health() {
        long waiting = staleCount();
        return Health.status(waiting > limit ? WARNING : Status.UP).withDetail("stale", waiting).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("yingshang.events.incomplete", this, EventBacklogHealth::incomplete)
                .description("event publications not yet completed by their listeners").register(registry);
        Gauge.builder("yingshang.events.stale", this, EventBacklogHealth::staleCount)
                .description("event publications incomplete for longer than resubmit-after").register(registry);
    }
}
