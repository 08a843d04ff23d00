package org.mediation.synthesis.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances' fences on one database: an intake waits out another instance's swap and learns that it ran. */
class SwapFenceTest {

    private MongoServer server;
    private MongoClient client;
    private SwapFence here;
    private SwapFence elsewhere;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("synthesis");
        here = new SwapFence(database, Clock.systemUTC());
        elsewhere = new SwapFence(database, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void an_intake_waits_while_another_instance_swaps_and_sees_that_it_swapped() throws Exception {
        long before = here.awaitNoSwapElsewhere();
        CountDownLatch swapping = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> swap = CompletableFuture.supplyAsync(() -> elsewhere.swap(() -> {
            swapping.countDown();
            await(finish);
            return "swapped";
        }));
        assertThat(swapping.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(here.swappedSince(before)).isTrue();

        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(here::awaitNoSwapElsewhere);
        Thread.sleep(300); // the intake is given time to pass the fence, which it must not
        assertThat(waiting).isNotDone();
        finish.countDown();

        assertThat(swap.get(5, TimeUnit.SECONDS)).isEqualTo("swapped");
        long after = waiting.get(5, TimeUnit.SECONDS);
        assertThat(after).isEqualTo(before + 1);
        assertThat(here.swappedSince(after)).isFalse();
    }

    @Test
    void one_swap_at_a_time_across_instances() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> swap = CompletableFuture.runAsync(() -> elsewhere.swap(() -> {
            first.countDown();
            await(finish);
            return null;
        }));
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> here.swap(() -> true));
        Thread.sleep(300); // the second swap is given time to start, which it must not
        assertThat(second).isNotDone();
        finish.countDown();

        swap.get(5, TimeUnit.SECONDS);
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(here.holding().taken()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
