package cn.yingshang.credit;

import cn.yingshang.shared.CreditCode;

import cn.yingshang.shared.CreditRiskClass;

/** An entity's risk class changed (recomputed after a record changed). */
public record CreditClassChanged(CreditCode creditCode, CreditRiskClass from, CreditRiskClass to) {
}
