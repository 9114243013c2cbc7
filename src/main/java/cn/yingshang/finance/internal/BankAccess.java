package cn.yingshang.finance.internal;

import cn.yingshang.platform.Role;
import cn.yingshang.platform.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A bank officer acts for the bank their account is bound to, and sees an enterprise only while the
 * enterprise consents to that bank: without consent the profile does not exist for the bank (404),
 * so a bank cannot even learn which enterprises consented elsewhere.
 */
@Component
class BankAccess {

    private final Banks banks;
    private final Consents consents;
    private final FinanceMessages messages;

    BankAccess(Banks banks, Consents consents, FinanceMessages messages) {
        this.banks = banks;
        this.consents = consents;
        this.messages = messages;
    }

    Bank bankOf(SignedInUser user) {
        if (user.role() != Role.BANK || !user.can("finance:lend")) {
            throw new AccessDeniedException(messages.text("finance.bank.denied"));
        }
        return banks.ofAccount(user.accountId()).orElseThrow(() -> new AccessDeniedException(messages.text("finance.bank.unbound")));
    }

    /** The bank of the user, once the enterprise's consent to it is in force. */
    Bank consented(SignedInUser user, String creditCode) {
        Bank bank = bankOf(user);
        if (!consents.active(creditCode, bank.id())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, messages.text("finance.profile.noConsent"));
        }
        return bank;
    }
}
