package cn.yingshang.inspection.internal;

import java.time.LocalDate;

/** One entry of a department's inspection item catalogue. */
@cn.yingshang.shared.DomainType
record InspectionItem(long id, long departmentId, String name, String basis, String method, ItemScope scope,
                      boolean keySupervision, LocalDate publishedOn) {

    public boolean isPublished() {
        return publishedOn != null;
    }
}
