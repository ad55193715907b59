package org.xinyong.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinyong.core.settings.SettingsException;

/** Keys as configured: hashed, each with a role that means something. */
class ApiKeysTest {
    private static final String HASH = ApiKeys.sha256("a-bank-key-0123456789");

    @Test
    void aKeyIsFoundByItsHash_withItsRole() {
        ApiKeys keys = ApiKeys.load(null, HASH + " bank 某银行南通分行");
        assertEquals(Caller.Role.BANK, keys.find("a-bank-key-0123456789").orElseThrow().role());
        assertTrue(keys.find("another-key").isEmpty());
    }

    @Test
    void aKeyOfRoleAnonymous_isRefused() {
        // it would be an anonymous caller without the anonymous rate limit
        SettingsException refused = assertThrows(SettingsException.class, () -> ApiKeys.load(null, HASH + " anonymous 某人"));
        assertTrue(refused.getMessage().contains("role 'anonymous'"), refused.getMessage());
    }
}
