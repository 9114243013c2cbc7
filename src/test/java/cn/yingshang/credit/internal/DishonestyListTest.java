package cn.yingshang.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.credit.CreditRecordKind;
import cn.yingshang.credit.CreditRecords;
import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.credit.DishonestyStatusChanged;
import cn.yingshang.credit.NewCreditRecord;
import cn.yingshang.credit.Severity;
import cn.yingshang.support.PlatformTest;
import cn.yingshang.support.TestCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PlatformTest
@RecordApplicationEvents
class DishonestyListTest {

    final CreditRecords records;
    final DishonestyLists lists;
    final Clock clock;
    @Autowired
    ApplicationEvents events;

    @Autowired
    DishonestyListTest(CreditRecords records, DishonestyLists lists, Clock clock) {
        this.records = records;
        this.lists = lists;
        this.clock = clock;
    }

    @Test
    @DisplayName("002 #37: a judgment defaulter is warned first; on the list only when the grace period ends, with the event then")
    void warningThenGraceThenInclusion() {
        String code = TestCodes.enterprise("650102");
        LocalDate today = LocalDate.now(clock);
        records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT", "(2025)新0102执" + UUID.randomUUID(),
                "(2025)新0102执123号", today, Severity.ORDINARY, "未履行生效判决确定的给付义务"));
        DishonestyEntry entry = lists.ofEntity(code).getFirst();
        assertThat(entry.warnedOn()).isEqualTo(today);
        assertThat(entry.effectiveOn()).isAfter(today.plusDays(20));
        assertThat(lists.isDishonest(code, today)).isFalse();
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code))).isEmpty();

        LocalDate graceEnds = entry.effectiveOn();
        assertThat(lists.isDishonest(code, graceEnds.minusDays(1))).isFalse();
        assertThat(lists.isDishonest(code, graceEnds)).as("by date alone, no job needed").isTrue();
        lists.announceDue(graceEnds);
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code)))
                .singleElement().satisfies(e -> {
                    assertThat(e.dishonest()).isTrue();
                    assertThat(e.effectiveOn()).isEqualTo(graceEnds);
                    assertThat(e.measures()).contains(DishonestyMeasure.RESTRICTED_FROM_TENDERS);
                });
        lists.announceDue(graceEnds);
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code))).hasSize(1);

        LocalDate end = entry.endsOn();
        assertThat(lists.isDishonest(code, end)).as("removed at the end of the longest publicity period").isFalse();
        lists.announceDue(end);
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code)))
                .hasSize(2).last().satisfies(e -> assertThat(e.dishonest()).isFalse());
    }

    @Test
    @DisplayName("002 #37: a judgment defaulter who fulfils within the grace period is never put on the list")
    void fulfilmentInGrace() {
        String code = TestCodes.enterprise("650103");
        LocalDate today = LocalDate.now(clock);
        records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT", "(2025)新0103执" + UUID.randomUUID(),
                "(2025)新0103执9号", today, Severity.ORDINARY, ""));
        DishonestyEntry entry = lists.ofEntity(code).getFirst();
        lists.fulfilInGrace(entry.id(), today);
        assertThat(lists.isDishonest(code, entry.effectiveOn())).isFalse();
        lists.announceDue(entry.effectiveOn());
        assertThat(events.stream(DishonestyStatusChanged.class).filter(e -> e.creditCode().value().equals(code))).isEmpty();
        assertThat(lists.find(entry.id()).orElseThrow().statusOn(entry.effectiveOn()))
                .isEqualTo(DishonestyEntry.Status.FULFILLED_IN_GRACE);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("issue 19: two nodes announcing the same day at once announce an inclusion once (rows claimed by update count)")
    void concurrentAnnouncementsAnnounceOnce() throws Exception {
        String code = TestCodes.enterprise("650104");
        LocalDate today = LocalDate.now(clock);
        records.record(new NewCreditRecord(code, CreditRecordKind.JUDGMENT_DEFAULTER, "650100-COURT", "(2025)新0104执" + UUID.randomUUID(),
                "(2025)新0104执7号", today, Severity.ORDINARY, "未履行生效判决确定的给付义务"));
        LocalDate graceEnds = lists.ofEntity(code).getFirst().effectiveOn();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(4);
        java.util.List<Thread> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(Thread.ofPlatform().start(() -> {
                try {
                    together.await();
                    lists.announceDue(graceEnds);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : nodes) {
            t.join(60_000);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM platform_notification WHERE recipient_type = 'ENTITY' AND recipient_key = :c "
                        + "AND title LIKE '已列入%'").param("c", code).query(Long.class).single()).isEqualTo(1);
    }
}
