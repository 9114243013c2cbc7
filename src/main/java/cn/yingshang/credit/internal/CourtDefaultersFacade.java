package cn.yingshang.credit.internal;

import cn.yingshang.credit.CourtDefaulters;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CourtDefaultersFacade implements CourtDefaulters {

    private final CreditRepairs repairs;

    CourtDefaultersFacade(CreditRepairs repairs) {
        this.repairs = repairs;
    }

    @Override
    @Transactional
    public Optional<LocalDate> performed(String courtCode, String sourceRecordId, LocalDate performedOn, String actor) {
        return repairs.recordCourtPerformance(courtCode, sourceRecordId, performedOn, actor).map(CreditRecord::repairedOn);
    }
}
