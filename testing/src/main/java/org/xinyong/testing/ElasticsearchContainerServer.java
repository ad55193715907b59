package org.xinyong.testing;

import java.net.URI;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Elasticsearch in a container, for machines with a Docker engine: the official image of the
 * same version with our analysis plugin installed on top, security off as in the embedded server.
 */
final class ElasticsearchContainerServer implements AutoCloseable {
    static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

    private final ElasticsearchContainer container;

    private ElasticsearchContainerServer(ElasticsearchContainer container) {
        this.container = container;
    }

    static ElasticsearchContainerServer start(byte[] pluginZip) {
        ImageFromDockerfile image = new ImageFromDockerfile("xinyong-es-test", false)
                .withFileFromTransferable("xinyong-analysis.zip", Transferable.of(pluginZip))
                .withDockerfileFromBuilder(b -> b.from(IMAGE)
                        .copy("xinyong-analysis.zip", "/tmp/xinyong-analysis.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/xinyong-analysis.zip")
                        .build());
        ElasticsearchContainer container = new ElasticsearchContainer(
                DockerImageName.parse(image.get()).asCompatibleSubstituteFor(IMAGE))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms1g -Xmx1g");
        container.start();
        return new ElasticsearchContainerServer(container);
    }

    URI url() {
        return URI.create("http://" + container.getHttpHostAddress());
    }

    @Override
    public void close() {
        container.stop();
    }
}
