package org.viltzoom.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * A real single-node KRaft broker (combined broker and controller) inside this JVM, started
 * with Kafka's own test kit. {@code KafkaClusterTestKit} is an internal Kafka API: check it
 * again whenever the Quarkus BOM moves {@code kafka-clients}.
 */
final class InJvmKafka implements KafkaBroker {

    private static final Logger LOG = Logger.getLogger(InJvmKafka.class);

    private final KafkaClusterTestKit cluster;
    private final Path baseDirectory;

    private InJvmKafka(KafkaClusterTestKit cluster, Path baseDirectory) {
        this.cluster = cluster;
        this.baseDirectory = baseDirectory;
    }

    static InJvmKafka start(Path stateDirectory, ProcessRegistry registry) throws Exception {
        Path baseDirectory = Files.createTempDirectory(Files.createDirectories(stateDirectory), "kafka-");
        registry.recordOwnDirectory("kafka", baseDirectory);

        long started = System.nanoTime();
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                // The builder's default is an unreleased metadata version meant for Kafka's own tests.
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                .setBaseDirectory(baseDirectory)
                .build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();

        LOG.infof("Started Kafka at %s in %d ms", cluster.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        return new InJvmKafka(cluster, baseDirectory);
    }

    @Override
    public String description() {
        return "Kafka (KRaft, in this JVM) at " + bootstrapServers();
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            cluster.close();
            ProcessRegistry.deleteRecursively(baseDirectory);
        } catch (Exception e) {
            LOG.warnf(e, "Stopping Kafka failed; %s is deleted by the next start", baseDirectory);
        }
    }
}
