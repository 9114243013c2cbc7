package cn.yingshang.projects.internal;

import java.time.LocalDate;

record Milestone(ProjectStage stage, LocalDate reachedOn, String note) {
}
