package cn.yingshang.credit.internal;

import cn.yingshang.platform.Text;
import cn.yingshang.platform.Department;
import cn.yingshang.platform.Departments;
import cn.yingshang.platform.SignedInUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Source department codes as people read them; codes outside the tree (courts) shown as given. */
@Component
class DepartmentNames {

    private final Departments departments;

    DepartmentNames(Departments departments) {
        this.departments = departments;
    }

    public String nameOf(String code) {
        return find(code).map(Department::name).orElse(switch (code) {
            case String c when c.endsWith("-COURT") -> Text.of("credit.departmentNames.court", c.substring(0, 6));
            default -> code;
        });
    }

    List<Department> all() {
        return departments.all();
    }

    Optional<Department> find(String code) {
        return departments.all().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    Optional<String> codeOf(SignedInUser user) {
        return user.departmentId() == null ? Optional.empty() : departments.byId(user.departmentId()).map(Department::code);
    }

    List<RecordView> views(List<CreditRecord> records, LocalDate today) {
        return records.stream().map(r -> RecordView.of(r, nameOf(r.sourceDepartmentCode()), today)).toList();
    }
}
