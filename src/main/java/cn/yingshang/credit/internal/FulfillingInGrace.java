package cn.yingshang.credit.internal;

import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import cn.yingshang.platform.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 002 #37: an entity that performs within the grace period is never put on the dishonesty list. Only
 * the department that made the record (or an administrator) confirms it, on the page and the API alike.
 */
@Component
class FulfillingInGrace {

    private final DishonestyLists lists;
    private final CreditRecordStore records;
    private final CreditRepairs repairs;
    private final DepartmentNames names;
    private final Clock clock;

    FulfillingInGrace(DishonestyLists lists, CreditRecordStore records, CreditRepairs repairs, DepartmentNames names, Clock clock) {
        this.lists = lists;
        this.records = records;
        this.repairs = repairs;
        this.names = names;
        this.clock = clock;
    }

    @Transactional
    DishonestyEntry fulfil(long entryId, SignedInUser user) {
        DishonestyEntry entry = lists.find(entryId)
                .orElseThrow(() -> new NoSuchElementException(Text.of("credit.fulfilment.notFound", entryId)));
        CreditRecord r = records.find(entry.recordId()).orElseThrow();
        if (user.role() != Role.ADMIN && !repairs.decidingDepartment(r).code().equals(names.codeOf(user).orElse(""))) {
            throw new AccessDeniedException(Text.of("credit.fulfilment.notDecider"));
        }
        lists.fulfilInGrace(entryId, LocalDate.now(clock));
        return lists.find(entryId).orElseThrow();
    }
}
