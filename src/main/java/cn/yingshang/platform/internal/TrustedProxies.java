package cn.yingshang.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address as every per-client limit sees it. {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} are honoured only when the connection comes from a reverse proxy listed
 * in {@code yingshang.web.trusted-proxies} (addresses or CIDR ranges, comma separated; none by
 * default). The client is the right-most forwarded address that is not itself a trusted proxy, so a
 * client cannot choose its address by sending the header itself. Tomcat's own handling
 * ({@code server.forward-headers-strategy=native}) trusts every private range, which any machine on
 * the government network could use to spoof its address; it is switched off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

    private final List<IpAddressMatcher> proxies = new ArrayList<>();

    TrustedProxies(@Value("${yingshang.web.trusted-proxies:}") List<String> trusted) {
        for (String t : trusted) {
            if (!t.isBlank()) {
                proxies.add(new IpAddressMatcher(t.strip()));
            }
        }
    }

    boolean trusted(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        for (IpAddressMatcher m : proxies) {
            try {
                if (m.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false; // not an address at all
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (forwardedFor != null) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    continue;
                }
                client = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        chain.doFilter(new Forwarded(request, client, proto == null ? null : proto.strip().toLowerCase(java.util.Locale.ROOT)),
                response);
    }

    /** The request as the client made it to the proxy. */
    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final String scheme;

        Forwarded(HttpServletRequest request, String client, String proto) {
            super(request);
            this.client = client;
            this.scheme = "https".equals(proto) || "http".equals(proto) ? proto : null;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return scheme != null ? scheme : super.getScheme();
        }

        @Override
        public boolean isSecure() {
            return scheme != null ? "https".equals(scheme) : super.isSecure();
        }
    }
}
