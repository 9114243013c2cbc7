package cn.yingshang.registry;

import java.time.LocalDate;

/** A period on the abnormal-operation list (经营异常名录); {@code removedOn} null while still listed. */
public record AbnormalPeriod(LocalDate listedOn, LocalDate removedOn, String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(listedOn) && (removedOn == null || day.isBefore(removedOn));
    }
}
