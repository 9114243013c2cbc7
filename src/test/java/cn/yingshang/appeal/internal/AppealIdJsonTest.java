package cn.yingshang.appeal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.appeal.AppealId;
import cn.yingshang.appeal.ArrearsAppealRaised;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppealIdJsonTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("the typed AppealId in ArrearsAppealRaised is written as the bare number, and a publication stored before it existed reads back")
    void bareNumberBothWays() {
        String written = json.writeValueAsString(new ArrearsAppealRaised(AppealId.of(42), "SQ1", LocalDate.of(2026, 3, 1)));
        assertThat(written).contains("\"appealId\":42");
        ArrearsAppealRaised old = json.readValue("{\"appealId\":7,\"trackingNumber\":\"SQ7\",\"raisedOn\":\"2026-03-01\"}",
                ArrearsAppealRaised.class);
        assertThat(old.appealId()).isEqualTo(AppealId.of(7));
    }
}
