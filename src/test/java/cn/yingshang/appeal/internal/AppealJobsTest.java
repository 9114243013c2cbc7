package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.ArrearsAppealRaised;
import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PlatformTest
@RecordApplicationEvents
class AppealJobsTest {

    final SubmittingAppeal appeals;
    final AppealStore store;
    final AppealReading reading;
    final DeadlineWatch watch;
    final Accounts accounts;
    final JdbcClient jdbc;

    @Autowired
    AppealJobsTest(SubmittingAppeal appeals, AppealStore store, AppealReading reading, DeadlineWatch watch, Accounts accounts,
                   JdbcClient jdbc) {
        this.store = store;
        this.reading = reading;
        this.appeals = appeals;
        this.watch = watch;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    SignedInUser office() {
        var a = accounts.byUsername("office").orElseThrow();
        return new SignedInUser(a.id(), a.username(), "", a.displayName(), a.role(), a.departmentId(), null, Set.of(), List.of());
    }

    long submit(String category, String code) {
        return appeals.submit(new SubmittingAppeal.Submission("COMPLAINT", category, "长期拖欠工程款", "某国企拖欠我公司工程款80万元已逾期一年。",
                "某建筑公司", "13512345678", code, false, "650102", Channel.PHONE, null, null, List.of()), "测试").id();
    }

    @Test
    @DisplayName("the deadline job sends each overdue notice once: a second run sends nothing again for the same appeal and due date")
    void deadlineNoticesIdempotent() {
        long id = submit("OTHER", null);
        java.time.LocalDate due = store.require(id).dueOn();
        watch.run(due.plusDays(30));
        watch.run(due.plusDays(31));
        assertThat(jdbc.sql("SELECT count(*) FROM appeal_deadline_notice WHERE appeal_id = :a AND kind = 'OVERDUE'")
                .param("a", id).query(Long.class).single()).isEqualTo(1);
        assertThat(reading.timeline(id)).extracting(AppealReading.TimelineEntry::action).containsOnlyOnce("已超期");
    }

    @Autowired
    cn.yingshang.appeal.AppealIntake intake;

    @Autowired
    DispatchingAppeal dispatching;

    @Test
    @DisplayName("an accepted appeal of category 拖欠账款 raises ArrearsAppealRaised with ids only; the facade gives the listener the requester")
    void arrearsAppealRaisesEvent(ApplicationEvents events) {
        String code = TestCodes.enterprise("650102");
        long id = submit("ARREARS", code);
        dispatching.accept(id, office());
        assertThat(events.stream(ArrearsAppealRaised.class).filter(e -> e.appealId().value() == id))
                .singleElement().satisfies(e -> assertThat(e.trackingNumber()).startsWith("SQ"));
        assertThat(intake.arrearsReport(cn.yingshang.appeal.AppealId.of(id))).hasValueSatisfying(r -> {
            assertThat(r.requesterCreditCode()).isEqualTo(code);
            assertThat(r.requesterName()).isEqualTo("某建筑公司");
        });
        assertThat(intake.arrearsReport(cn.yingshang.appeal.AppealId.of(submit("OTHER", code)))).isEmpty();
    }

    @Test
    @DisplayName("issue 19: event_publication never holds the requester's decrypted identity (every row written is captured and searched)")
    void eventRegistryHoldsNoPlaintextIdentity() throws InterruptedException {
        // publications are deleted on completion, so a trigger keeps a copy of every row as written
        jdbc.sql("CREATE TABLE IF NOT EXISTS test_event_copy (serialized_event TEXT)").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION test_copy_event() RETURNS trigger AS $$
                BEGIN INSERT INTO test_event_copy VALUES (NEW.serialized_event); RETURN NEW; END $$ LANGUAGE plpgsql""").update();
        jdbc.sql("DROP TRIGGER IF EXISTS test_copy_event ON event_publication").update();
        jdbc.sql("CREATE TRIGGER test_copy_event AFTER INSERT ON event_publication FOR EACH ROW EXECUTE FUNCTION test_copy_event()").update();
        try {
            jdbc.sql("DELETE FROM test_event_copy").update();
            String code = TestCodes.enterprise("650102");
            long id = submit("ARREARS", code);
            dispatching.accept(id, office());
            List<String> written = jdbc.sql("SELECT serialized_event FROM test_event_copy").query(String.class).list();
            assertThat(written).anySatisfy(e -> assertThat(e).contains(Long.toString(id)));
            assertThat(written).noneSatisfy(e -> assertThat(e).contains(code))
                    .noneSatisfy(e -> assertThat(e).contains("某建筑公司"))
                    .noneSatisfy(e -> assertThat(e).contains("13512345678"));
        } finally {
            jdbc.sql("DROP TRIGGER IF EXISTS test_copy_event ON event_publication").update();
        }
    }
}
