package org.viltzoom.kernel.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.jboss.logging.Logger;
import org.viltzoom.kernel.event.Topics;

/**
 * Creates the suite's topics and their dead-letter topics when {@code vilt.kafka.create-topics}
 * is on, before the outbox relay and the consumers start.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    KafkaSettings settings;

    @Inject
    KafkaClients clients;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (settings.createTopics()) {
            createMissingTopics();
        }
    }

    void createMissingTopics() {
        try (Admin admin = clients.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);

            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                for (String name : List.of(topic, Topics.deadLetterOf(topic))) {
                    if (!existing.contains(name)) {
                        missing.add(new NewTopic(name, settings.partitions(), settings.replicationFactor())
                                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                        Integer.toString(KafkaClients.MAX_RECORD_BYTES))));
                    }
                }
            }
            if (missing.isEmpty()) {
                return;
            }

            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            LOG.infof("Created Kafka topics %s", missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                LOG.debug("Another instance created the topics first");
                return;
            }
            throw new IllegalStateException("Cannot create Kafka topics", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within 30 s while creating topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka topics", e);
        }
    }
}
