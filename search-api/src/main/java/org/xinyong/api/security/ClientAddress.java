package org.xinyong.api.security;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinyong.core.settings.SettingsException;

/**
 * Whom an anonymous request comes from, for its rate limit and the audit log: the peer of the
 * connection, or, when that peer is one of the proxies the operator trusts (nginx in front of
 * the service), the address those proxies put in {@code X-Forwarded-For}: the right-most one that
 * is not itself a trusted proxy. Only a trusted peer is believed: anyone can send the header.
 *
 * <p>Why: behind a proxy every anonymous visitor has the proxy's address; one scraper spent
 * everyone's budget, and the audit log said {@code anonymous@127.0.0.1} for all of them.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    /** @param trustedProxies IP address literals (never names: nothing here looks anything up) */
    public ClientAddress(List<String> trustedProxies) {
        Set<String> trusted = new HashSet<>();
        for (String proxy : trustedProxies) {
            trusted.add(requireLiteral(proxy));
        }
        this.trustedProxies = Set.copyOf(trusted);
    }

    /** A trusted proxy as the settings name it: an IP address literal, canonical; else a settings error. */
    public static String requireLiteral(String proxy) {
        return canonical(proxy).orElseThrow(() -> new SettingsException(
                "xinyong.api.trusted.proxies takes IP addresses, not names or ranges: '" + proxy + "'"));
    }

    /** Whether any proxy is trusted: else the header is not even read. */
    public boolean trustsProxies() {
        return !trustedProxies.isEmpty();
    }

    /** The client of a request: its peer, and its {@code X-Forwarded-For} read only when a proxy is trusted. */
    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return of(peer, trustsProxies() ? request.headers().getAll("X-Forwarded-For") : List.of());
    }

    /**
     * @param peer the connection's remote address (null: unknown)
     * @param forwardedFor the request's {@code X-Forwarded-For} headers, in order (may be empty)
     */
    public String of(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (trustedProxies.isEmpty()) {
            return peer;   // no proxy in front (the default): the peer as the server reads it, no parsing
        }
        String client = canonical(peer).orElse(peer);
        if (!trustedProxies.contains(client) || forwardedFor.isEmpty()) {
            return client;
        }
        // right to left: each hop appended the address it got the request from
        List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                return client;   // a hop that is no address: believe nothing further left
            }
            client = hop.get();
            if (!trustedProxies.contains(client)) {
                return client;
            }
        }
        return client;
    }

    /**
     * Whether the client (as {@link #of} resolves it: behind a trusted proxy, the visitor it
     * forwards) is on this machine or a private network: loopback, site-local (10/8, 172.16/12,
     * 192.168/16, fc00::/7) or link-local. The operator's scraper is; a visitor is not.
     */
    public boolean isInternal(HttpServerRequest request) {
        return isInternal(of(request));
    }

    /** {@link #isInternal(HttpServerRequest)} of a client {@link #of} resolved. */
    static boolean isInternal(String client) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(client);
        if (bytes == null) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * The rate-limit bucket of an address: an IPv4 address its own; an IPv6 address its /64, the
     * block one subscriber gets (each of its 2^64 addresses its own bucket was no limit at all).
     */
    public static String bucket(String address) {
        if (address.indexOf(':') < 0) {
            return address;   // IPv4 (or unknown): its own
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null) {
            return address;
        }
        String canonical = text(bytes);
        if (bytes.length != 16 || canonical.indexOf(':') < 0) {
            return canonical;   // IPv4 written as IPv6 (::ffff:a.b.c.d): its own, not the /64 of every such client
        }
        for (int i = 8; i < 16; i++) {
            bytes[i] = 0;
        }
        return text(bytes) + "/64";
    }

    /** The address in one spelling ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike), or empty if it is no literal. */
    static Optional<String> canonical(String literal) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal.strip());
        return bytes == null ? Optional.empty() : Optional.of(text(bytes));
    }

    private static String text(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();   // no lookup: the bytes are given
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + bytes.length + " bytes", e);
        }
    }
}
