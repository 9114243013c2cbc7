package cn.yingshang.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans the platform needs with or without its web server (benchmarks run without one). */
@Configuration
class PlatformBeans {

    /** Every legal deadline is counted in Xinjiang's offices' local time. */
    /** Seed citations in every resolved message as title and article (see {@link CitingMessages}). */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor citingMessages() {
        return CitingMessages.wrapper();
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
