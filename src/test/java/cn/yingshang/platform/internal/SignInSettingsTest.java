package cn.yingshang.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yingshang.platform.Role;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What the shipped configuration asks of signing in, outside the demo and in it. */
class SignInSettingsTest {

    static SecuritySettings settings(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file));
            sources.forEach(s -> environment.getPropertySources().addFirst(s));
        }
        return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("yingshang.security", SecuritySettings.class);
    }

    @Test
    @DisplayName("outside demo: TOTP for admin, office, leaders, handlers, inspectors, political-legal staff and banks; 5 failures lock for 15 minutes; Secure cookies; weak passwords changed at sign-in")
    void productionDefaults() throws IOException {
        SecuritySettings s = settings("application.properties");
        assertThat(s.secondFactor().requiredRoles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICE, Role.LEADER, Role.HANDLER, Role.INSPECTOR, Role.LEGAL_OFFICER, Role.BANK);
        assertThat(s.lockout().threshold()).isEqualTo(5);
        assertThat(s.lockout().duration()).hasMinutes(15);
        assertThat(s.cookies().secure()).isEqualTo(SecuritySettings.CookieSecurity.ALWAYS);
        assertThat(s.password().changeWeakAtSignIn()).isTrue();
        assertThat(settings().secondFactor().requiredRoles()).as("defaults without any file").contains(Role.ADMIN);
    }

    @Test
    @DisplayName("in demo: the demo accounts sign in with the README password, no second factor, no forced change, cookies over http")
    void demoRelaxes() throws IOException {
        SecuritySettings s = settings("application.properties", "application-demo.properties");
        assertThat(s.secondFactor().requiredRoles()).isEmpty();
        assertThat(s.password().changeWeakAtSignIn()).isFalse();
        assertThat(s.cookies().secure()).isEqualTo(SecuritySettings.CookieSecurity.WHEN_HTTPS);
    }

    @Test
    @DisplayName("the password policy: 12 characters or more, from at least 3 of lower, upper, digits, others")
    void passwordPolicy() {
        assertThat(PasswordPolicy.accepts("Demo@2025")).isFalse();
        assertThat(PasswordPolicy.accepts("abcdefghijkl")).isFalse();
        assertThat(PasswordPolicy.accepts("abcdefgh1234")).isFalse();
        assertThat(PasswordPolicy.accepts("abcdefgh123!")).isTrue();
        assertThat(PasswordPolicy.accepts("ABCDEFGH123a")).isTrue();
    }
}
