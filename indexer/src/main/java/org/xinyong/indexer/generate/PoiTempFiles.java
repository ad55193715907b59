package org.xinyong.indexer.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's streaming writer spills rows to temporary files in {@code /tmp/poifiles} by default, a
 * directory shared by every user of the machine: whoever created it first owns it and everyone
 * else gets "access denied". We give POI a private directory of this process instead.
 */
final class PoiTempFiles {
    private static boolean configured;

    private PoiTempFiles() {
    }

    static synchronized void usePrivateDirectory() {
        if (configured) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("xinyong-poi-");
            dir.toFile().deleteOnExit();
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            configured = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for spreadsheet writing", e);
        }
    }
}
