package org.xinyong.api.security;

import java.util.Optional;

/**
 * Who is calling: anonymous (identified only by address, for rate limits) or the holder of an API
 * key with a role — {@code bank} (counterparty checks), {@code enterprise} (bound to its own
 * 统一社会信用代码), {@code authority} (bound to a department). An OIDC provider can replace the
 * key file later: it would produce the same Caller.
 */
public record Caller(String id, Role role, Optional<String> binding) {

    public enum Role { ANONYMOUS, BANK, ENTERPRISE, AUTHORITY, ADMIN }

    public static Caller anonymous(String address) {
        return new Caller("anonymous@" + address, Role.ANONYMOUS, Optional.empty());
    }

    public boolean isAnonymous() {
        return role == Role.ANONYMOUS;
    }

    /** For audit lines: the key's name or the address; never the key. */
    @Override
    public String toString() {
        return id + "(" + role.name().toLowerCase(java.util.Locale.ROOT) + binding.map(b -> ":" + b).orElse("") + ")";
    }
}
