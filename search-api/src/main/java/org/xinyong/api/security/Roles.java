package org.xinyong.api.security;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import org.xinyong.api.http.Problem;

/** Role checks for the workflow endpoints: 401 without a key, 403 with the wrong role. */
public final class Roles {
    private Roles() {
    }

    public static Caller require(RoutingContext ctx, Caller.Role... roles) {
        Caller caller = CallerHandler.of(ctx);
        if (caller.isAnonymous()) {
            throw Problem.of(401, "api-key-required", "需要身份认证",
                    "This action needs an API key of role " + Arrays.toString(roles).toLowerCase(java.util.Locale.ROOT) + ".");
        }
        for (Caller.Role role : roles) {
            if (caller.role() == role) {
                return caller;
            }
        }
        throw Problem.of(403, "forbidden-role", "无权执行该操作",
                "Role " + caller.role().name().toLowerCase(java.util.Locale.ROOT) + " may not do this.");
    }

    /** The enterprise's own 统一社会信用代码 (its key is bound to exactly one). */
    public static String enterpriseCode(Caller caller) {
        return caller.binding().orElseThrow(() -> Problem.of(403, "forbidden-role", "无权执行该操作",
                "This enterprise key is bound to no 统一社会信用代码."));
    }
}
