package cn.yingshang.finance.internal;

import cn.yingshang.platform.Accounts;
import cn.yingshang.platform.AuditLog;
import cn.yingshang.platform.Role;
import cn.yingshang.shared.RegionCode;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The office keeps the directory of banks and their contacts (004 #9: 政银通讯录) and binds bank accounts to banks. */
@Component
class BankDirectory {

    private final Banks banks;
    private final Accounts accounts;
    private final FinanceMessages messages;
    private final AuditLog audit;

    BankDirectory(Banks banks, Accounts accounts, FinanceMessages messages, AuditLog audit) {
        this.banks = banks;
        this.accounts = accounts;
        this.messages = messages;
        this.audit = audit;
    }

    @Transactional
    long register(Forms.BankForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw messages.violation("name", "finance.required");
        }
        RegionCode region;
        try {
            region = RegionCode.of(form.regionCode() == null ? "" : form.regionCode().strip());
        } catch (RuntimeException e) {
            throw messages.violation("regionCode", "finance.bank.region");
        }
        long id = banks.insert(form.name().strip(), region.code(), blankToNull(form.contactName()), blankToNull(form.contactPhone()));
        audit.record("finance.bank.register", "fin_bank", Long.toString(id), null, Map.of("name", form.name().strip()));
        return id;
    }

    @Transactional
    void bind(String username, long bankId) {
        var account = accounts.byUsername(username == null ? "" : username.strip())
                .filter(a -> a.role() == Role.BANK)
                .orElseThrow(() -> messages.violation("username", "finance.bank.notBankAccount"));
        Bank bank = banks.find(bankId).orElseThrow(() -> messages.violation("bankId", "finance.consent.noBank"));
        banks.bind(account.id(), bank.id());
        audit.record("finance.bank.bind", "platform_account", Long.toString(account.id()), null, Map.of("bank", bank.name()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
