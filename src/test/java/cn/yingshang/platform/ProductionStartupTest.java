package cn.yingshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.yingshang.YingshangApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The packaged jar outside the demo profile: no published keys, no embedded database. */
class ProductionStartupTest {

    @Test
    @DisplayName("without the demo profile and without keys or a database the platform refuses to start, naming every missing setting")
    void refusesToStartWithoutKeyMaterial() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(YingshangApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=production", "--spring.datasource.url=").close());
        assertThat(failure).isNotNull();
        String message = rootMessage(failure);
        assertThat(message).contains("outside the 'demo' profile")
                .contains("spring.datasource.url")
                .contains("yingshang.appeal.identity-key-current")
                .contains("yingshang.appeal.requester-hash-key")
                .contains("yingshang.appeal.hotline-secret");
    }

    @Test
    @DisplayName("a too short hotline secret or a data key that is not 128 bits is refused with its property name")
    void refusesWeakKeys() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(YingshangApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=production", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                        "--yingshang.appeal.identity-keys.k7=abcd", "--yingshang.appeal.identity-key-current=k7",
                        "--yingshang.appeal.requester-hash-key=00", "--yingshang.appeal.hotline-secret=short").close());
        String message = rootMessage(failure);
        assertThat(message).doesNotContain("spring.datasource.url")
                .contains("yingshang.appeal.identity-keys.k7 must be 32 hex digits")
                .contains("yingshang.appeal.requester-hash-key must be at least 64 hex digits")
                .contains("yingshang.appeal.hotline-secret must be at least 32 characters");
    }

    @Test
    @DisplayName("a deployment that still sets the single yingshang.appeal.identity-key is told to configure it as key v1")
    void namesTheVersionedReplacementOfTheOldKeyProperty() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(YingshangApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=production", "--spring.datasource.url=",
                        "--yingshang.appeal.identity-key=00112233445566778899aabbccddeeff").close());
        assertThat(rootMessage(failure)).contains("configure that key as yingshang.appeal.identity-keys.v1");
    }

    static String rootMessage(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
