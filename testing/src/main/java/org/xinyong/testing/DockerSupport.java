package org.xinyong.testing;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers; a machine with only the docker client has none. */
final class DockerSupport {
    private DockerSupport() {
    }

    static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("XINYONG_TESTCONTAINERS"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
