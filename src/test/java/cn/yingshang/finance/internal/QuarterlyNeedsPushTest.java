package cn.yingshang.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.support.PlatformTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 004 #9: open financing needs go to every bank once a quarter, never twice for the same quarter. */
@PlatformTest
class QuarterlyNeedsPushTest {

    final JdbcClient jdbc;
    final QuarterlyNeedsPush push;
    final Clock clock;

    @Autowired
    QuarterlyNeedsPushTest(JdbcClient jdbc, QuarterlyNeedsPush push, Clock clock) {
        this.jdbc = jdbc;
        this.push = push;
        this.clock = clock;
    }

    @Test
    @DisplayName("the first push of a quarter reaches every bank's officers once; a re-run (or a second node) pushes nothing more")
    void oncePerQuarterAndBank() {
        LocalDate day = LocalDate.of(2031, 4, 1);
        long banks = jdbc.sql("SELECT count(*) FROM fin_bank").query(Long.class).single();
        assertThat(QuarterlyNeedsPush.quarterOf(day)).isEqualTo("2031Q2");
        assertThat(QuarterlyNeedsPush.quarterOf(LocalDate.of(2031, 12, 31))).isEqualTo("2031Q4");

        assertThat(push.push(day)).hasSize((int) banks);
        assertThat(push.push(day.plusDays(10))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM fin_push WHERE quarter = '2031Q2'").query(Long.class).single()).isEqualTo(banks);
        long bank1 = jdbc.sql("""
                        SELECT a.id FROM platform_account a WHERE a.username = 'bank1'""").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_notification WHERE recipient_type = 'ACCOUNT' AND recipient_key = CAST(:a AS TEXT) AND title LIKE '2031Q2%'")
                .param("a", bank1).query(Long.class).single()).isEqualTo(1);
    }
}
