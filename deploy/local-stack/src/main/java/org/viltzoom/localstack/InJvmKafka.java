package org.viltzoom.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import kafka.server.BrokerServer;
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
    // Read once: the test kit derives it from the running broker, which is absent while stopped.
    private final String bootstrapServers;

    private InJvmKafka(KafkaClusterTestKit cluster, Path baseDirectory) {
        this.cluster = cluster;
        this.baseDirectory = baseDirectory;
        this.bootstrapServers = cluster.bootstrapServers();
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
        return bootstrapServers;
    }

    @Override
    public boolean canRestart() {
        return true;
    }

    /**
     * Shuts down the broker role of the combined node. The controller keeps running, and the log
     * directory stays, so the records and committed offsets are there after {@link #restart()}.
     */
    @Override
    public synchronized void stop() {
        for (BrokerServer broker : cluster.brokers().values()) {
            broker.shutdown();
            broker.awaitShutdown();
        }
        LOG.infof("Stopped the Kafka broker at %s", bootstrapServers());
    }

    /**
     * Starts the broker role again. The test kit binds each listener before the first start and
     * opens the same port on a later one, so clients reconnect to the bootstrap address they had.
     */
    @Override
    public synchronized void restart() {
        long started = System.nanoTime();
        try {
            for (BrokerServer broker : cluster.brokers().values()) {
                broker.startup();
            }
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Restarting the Kafka broker at " + bootstrapServers() + " failed", e);
        }
        LOG.infof("Restarted the Kafka broker at %s in %d ms", bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
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
