package cn.yingshang.projects.internal;

import java.time.LocalDate;

@cn.yingshang.shared.DomainType
record Milestone(ProjectStage stage, LocalDate reachedOn, String note) {
}
