package cn.yingshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yingshang.arrears.GovernmentArrearsOverdue;
import cn.yingshang.credit.CreditClassChanged;
import cn.yingshang.shared.CreditCode;
import cn.yingshang.shared.CreditRiskClass;
import cn.yingshang.shared.RegionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: public events carry typed codes, yet the JSON that leaves for the broker and is stored with the event
 * publication keeps them as plain strings, and a stored publication reads back into the same event.
 */
class EventContractJsonTest {

    final JsonMapper json = JsonMapper.builder().findAndAddModules().build();
    final CreditCode enterprise = CreditCode.compose("91650102MA78G0XY1");

    @Test
    @DisplayName("a credit code and a region code in an event are plain strings in JSON and read back into the same event")
    void typedCodesAreStrings() {
        CreditClassChanged changed = new CreditClassChanged(enterprise, CreditRiskClass.B, CreditRiskClass.D);
        String text = json.writeValueAsString(changed);
        assertThat(text).contains("\"creditCode\":\"" + enterprise.value() + "\"");
        assertThat(json.readValue(text, CreditClassChanged.class)).isEqualTo(changed);

        GovernmentArrearsOverdue overdue = new GovernmentArrearsOverdue(1, "QK2026-000001", null, "payer", "AGENCY",
                RegionCode.of("650102"), 2, enterprise, new BigDecimal("100.00"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        String stored = json.writeValueAsString(overdue);
        assertThat(stored).contains("\"regionCode\":\"650102\"").contains("\"payeeCreditCode\":\"" + enterprise.value() + "\"");
        assertThat(json.readValue(stored, GovernmentArrearsOverdue.class)).isEqualTo(overdue);
    }

    @Test
    @DisplayName("a stored event with a malformed code is refused, not read as some other enterprise")
    void malformedCodeIsRefused() {
        String text = "{\"creditCode\":\"91650102MA78G0XY1C\",\"from\":\"B\",\"to\":\"D\"}";
        assertThatThrownBy(() -> json.readValue(text, CreditClassChanged.class)).isInstanceOf(RuntimeException.class);
    }
}
