package cn.yingshang.finance.internal;

import cn.yingshang.credit.DishonestyMeasure;
import cn.yingshang.registry.AbnormalPeriod;
import cn.yingshang.registry.MarketEntity;
import cn.yingshang.registry.TaxFiling;
import cn.yingshang.shared.CreditRiskClass;
import java.util.List;
import java.util.Set;

/**
 * What a lender sees of an enterprise that consented (003 §21): the registry record, tax filings and
 * abnormal-list periods, the credit risk class and dishonesty status with the measures in force, the
 * social-insurance headcount of the registry record, the policies granted and the arrears owed to it.
 */
@cn.yingshang.shared.DomainType
record CreditProfile(MarketEntity entity, CreditRiskClass creditClass, boolean dishonest, Set<DishonestyMeasure> measures,
                     List<TaxFiling> taxFilings, List<AbnormalPeriod> abnormalPeriods, int yearsEstablished,
                     ProfileFacts.Facts facts) {
}
