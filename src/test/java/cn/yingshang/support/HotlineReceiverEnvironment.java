package cn.yingshang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the platform's 12345 callbacks at a port free when the suite starts, on which a test plays
 * the hotline system ({@link #PORT_PROPERTY}); a fixed port could be taken on a shared machine.
 */
public class HotlineReceiverEnvironment implements EnvironmentPostProcessor {

    public static final String PORT_PROPERTY = "yingshang.test.hotline-receiver-port";
    public static final String CALLBACK_PATH = "/hotline/callbacks";
    public static final String CALLBACK_SECRET = "test-12345-callback-secret-32-characters-long";

    private static int port;

    /** One port per test JVM: every application context of the suite calls the same hotline. */
    private static synchronized int port() {
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return port;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("yingshang.appeal.hotline-callback.url")
                && !environment.getProperty("yingshang.appeal.hotline-callback.url", "").isBlank()) {
            return;
        }
        int port = port();
        environment.getPropertySources().addFirst(new MapPropertySource("hotlineReceiver", Map.of(
                PORT_PROPERTY, port,
                "yingshang.appeal.hotline-callback.url", "http://127.0.0.1:" + port + CALLBACK_PATH,
                "yingshang.appeal.hotline-callback.secret", CALLBACK_SECRET)));
    }
}
