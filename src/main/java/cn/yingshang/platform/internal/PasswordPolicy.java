package cn.yingshang.platform.internal;

import cn.yingshang.shared.DomainViolation;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** At least 12 characters from at least three of: lower case, upper case, digits, other characters. */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private final MessageSource messages;

    PasswordPolicy(MessageSource messages) {
        this.messages = messages;
    }

    static boolean accepts(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return false;
        }
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        return classes >= 3;
    }

    /** Refuses a password outside the policy, naming the form field it came from. */
    void require(String field, String password) {
        if (!accepts(password)) {
            throw new DomainViolation(field, messages.getMessage("password.policy", new Object[]{MIN_LENGTH}, Locale.CHINA));
        }
    }
}
