package cn.yingshang.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Outside the {@code demo} profile the platform refuses to start until its key material and its
 * database are configured, and says in one message everything that is missing. Earlier versions
 * fell back to keys published in the source, so a forgotten setting silently protected requesters'
 * identity with a public key (000 §58, 001 §26 promise complainants that confidentiality).
 *
 * <p>Runs before the embedded database would start and before any bean exists, so nothing is
 * written under a wrong key.
 */
public class ProductionConfigurationCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 5; // after the test database is chosen, before the embedded one starts
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new MissingConfigurationException(problems);
        }
    }

    static List<String> problems(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        List<String> problems = new ArrayList<>();
        boolean embedded = binder.bind("yingshang.embedded-db.enabled", Boolean.class).orElse(false);
        if (!embedded && !StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            problems.add("spring.datasource.url (the production PostgreSQL, e.g. jdbc:postgresql://db:5432/yingshang)");
        }
        Map<String, String> keys = binder.bind("yingshang.appeal.identity-keys", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        String current = environment.getProperty("yingshang.appeal.identity-key-current");
        if (StringUtils.hasText(environment.getProperty("yingshang.appeal.identity-key")) && keys.isEmpty()) {
            problems.add("yingshang.appeal.identity-key is no longer read: configure that key as yingshang.appeal.identity-keys.v1 "
                    + "(rows written with it are labelled v1) and set yingshang.appeal.identity-key-current=v1");
        }
        if (!StringUtils.hasText(current)) {
            problems.add("yingshang.appeal.identity-key-current (id of the SM4 key new identities are encrypted with, e.g. v1)");
        } else if (!StringUtils.hasText(keys.get(current.strip()))) {
            problems.add("yingshang.appeal.identity-keys." + current.strip() + " (the current SM4 data key: 32 hex digits, openssl rand -hex 16)");
        }
        keys.forEach((id, hex) -> {
            if (!hex.strip().matches("[0-9a-fA-F]{32}")) {
                problems.add("yingshang.appeal.identity-keys." + id + " must be 32 hex digits (SM4, 128 bits)");
            }
        });
        String hashKey = environment.getProperty("yingshang.appeal.requester-hash-key");
        if (!StringUtils.hasText(hashKey)) {
            problems.add("yingshang.appeal.requester-hash-key (HMAC key for requester look-up hashes, separate from the data key: "
                    + "at least 64 hex digits, openssl rand -hex 32)");
        } else if (!hashKey.strip().matches("([0-9a-fA-F]{2}){32,}")) {
            problems.add("yingshang.appeal.requester-hash-key must be at least 64 hex digits (256 bits)");
        }
        String hotline = environment.getProperty("yingshang.appeal.hotline-secret");
        if (!StringUtils.hasText(hotline)) {
            problems.add("yingshang.appeal.hotline-secret (the HMAC secret shared with the 12345 hotline system: "
                    + "at least 32 characters, openssl rand -hex 32)");
        } else if (hotline.strip().length() < 32) {
            problems.add("yingshang.appeal.hotline-secret must be at least 32 characters");
        }
        // the callback to the 12345 system is optional; once its address is set, it must be signed
        if (StringUtils.hasText(environment.getProperty("yingshang.appeal.hotline-callback.url"))) {
            String callbackSecret = environment.getProperty("yingshang.appeal.hotline-callback.secret");
            if (!StringUtils.hasText(callbackSecret) || callbackSecret.strip().length() < 32) {
                problems.add("yingshang.appeal.hotline-callback.secret (the HMAC secret of callbacks to the 12345 system, "
                        + "required when yingshang.appeal.hotline-callback.url is set: at least 32 characters, openssl rand -hex 32)");
            }
        }
        return problems;
    }

    /** Names every missing or malformed setting at once, so an operator fixes them in one go. */
    static final class MissingConfigurationException extends IllegalStateException {

        private final List<String> problems;

        MissingConfigurationException(List<String> problems) {
            super("Yingshang will not start without its key material and database outside the 'demo' profile. "
                    + "Missing or invalid: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
