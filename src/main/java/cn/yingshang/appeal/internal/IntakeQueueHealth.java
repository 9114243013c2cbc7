package cn.yingshang.appeal.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The intake queue in readiness ("intakeQueue") and metrics: a node whose queue is nine-tenths full
 * reports OUT_OF_SERVICE, so the load balancer sends new requests to the other nodes while it drains.
 */
@Component("intakeQueueHealthIndicator")
class IntakeQueueHealth implements HealthIndicator, MeterBinder {

    private final GroupCommit intake;

    IntakeQueueHealth(GroupCommit intake) {
        this.intake = intake;
    }

    @Override
    public Health health() {
        int depth = intake.depth();
        Status status = depth * 10L >= intake.capacity() * 9L ? Status.OUT_OF_SERVICE : Status.UP;
        return Health.status(status).withDetail("depth", depth).withDetail("capacity", intake.capacity()).build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("yingshang.intake.queue.depth", intake, GroupCommit::depth)
                .description("appeals waiting for the intake writer").register(registry);
        Gauge.builder("yingshang.intake.queue.capacity", intake, GroupCommit::capacity).register(registry);
    }
}
