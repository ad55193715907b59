package org.xinyong.core.settings;

/** A setting that is missing or out of range; the message names the setting, its value and the fix. */
public final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
