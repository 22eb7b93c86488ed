package nl.verbonden.overviews.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verbonden.shared.entity.DomainException;
import org.junit.jupiter.api.Test;

class RenderSlotsTest {

  @Test
  void neverMoreAtOnceThanThereAreSlots() throws Exception {
    RenderSlots slots = new RenderSlots(2, Duration.ofSeconds(10));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    slots.run(
                        () -> {
                          most.accumulateAndGet(running.incrementAndGet(), Math::max);
                          sleep(20);
                          running.decrementAndGet();
                          return n;
                        })));
      }
      for (int i = 0; i < 12; i++) {
        assertEquals(
            i, results.get(i).get(10, TimeUnit.SECONDS), "every request is served in the end");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, most.get());
  }

  @Test
  void aRequestThatWaitsTooLongIsToldTheServerIsBusy() throws Exception {
    RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                slots.run(
                    () -> {
                      started.countDown();
                      await(release);
                      return null;
                    }));
    holder.start();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    DomainException busy = assertThrows(DomainException.class, () -> slots.run(() -> "second"));
    assertEquals("verbonden.overview.busy", busy.messageKey());
    release.countDown();
    holder.join(5000);
    assertEquals("third", slots.run(() -> "third"), "the slot is free again");
  }

  @Test
  void aFailedRenderingFreesItsSlot() {
    RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));
    assertThrows(
        IllegalStateException.class,
        () ->
            slots.run(
                () -> {
                  throw new IllegalStateException("kapot");
                }));
    assertEquals("ok", slots.run(() -> "ok"));
  }

  @Test
  void onePersonGetsOneRenderingAtATime() throws Exception {
    RenderSlots slots = new RenderSlots(2, Duration.ofSeconds(5));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                slots.run(
                    "regisseur.woudenberg",
                    () -> {
                      started.countDown();
                      await(release);
                      return null;
                    }));
    first.start();
    try {
      assertTrue(started.await(5, TimeUnit.SECONDS));
      DomainException second =
          assertThrows(
              DomainException.class, () -> slots.run("regisseur.woudenberg", () -> "second"));
      assertEquals("verbonden.overview.alreadyYours", second.messageKey());
      assertEquals(
          "another person", slots.run("regisseur.zeist", () -> "another person"), "a free slot");
    } finally {
      release.countDown();
      first.join(5000);
    }
    assertEquals(
        "after", slots.run("regisseur.woudenberg", () -> "after"), "the first one is done");
  }

  @Test
  void aPersonWaitingForASlotCountsAsRendering() throws Exception {
    RenderSlots slots = new RenderSlots(1, Duration.ofSeconds(5));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                slots.run(
                    "regisseur.zeist",
                    () -> {
                      started.countDown();
                      await(release);
                      return null;
                    }));
    holder.start();
    assertTrue(started.await(5, TimeUnit.SECONDS));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> waiting = pool.submit(() -> slots.run("regisseur.woudenberg", () -> "first"));
      for (int i = 0; i < 250 && !slots.hasWork("regisseur.woudenberg"); i++) {
        sleep(20); // until the first request of regisseur.woudenberg waits for the one slot
      }
      DomainException second =
          assertThrows(
              DomainException.class, () -> slots.run("regisseur.woudenberg", () -> "second"));
      assertEquals("verbonden.overview.alreadyYours", second.messageKey());
      release.countDown();
      assertEquals("first", waiting.get(5, TimeUnit.SECONDS), "the waiting one is served");
    } finally {
      release.countDown();
      pool.shutdownNow();
      holder.join(5000);
    }
  }

  @Test
  void aFailedRenderingFreesThePerson() {
    RenderSlots slots = new RenderSlots(1, Duration.ofMillis(100));
    assertThrows(
        IllegalStateException.class,
        () ->
            slots.run(
                "regisseur.zeist",
                () -> {
                  throw new IllegalStateException("kapot");
                }));
    assertEquals("ok", slots.run("regisseur.zeist", () -> "ok"));
  }

  @Test
  void atLeastOneSlot() {
    assertThrows(IllegalArgumentException.class, () -> new RenderSlots(0, Duration.ofSeconds(1)));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theSameDocumentAgainIsTheSamePdfWithoutLayingItOutAgain() {
    RenderSlots slots = new RenderSlots(1, Duration.ofSeconds(5));
    String xhtml =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head>"
            + "<body><p>Concept</p></body></html>";
    byte[] first = slots.pdf("regisseur", xhtml);
    byte[] second = slots.pdf("regisseur", xhtml);
    org.junit.jupiter.api.Assertions.assertArrayEquals(first, second);
    assertEquals(1, slots.cache().misses());
    assertEquals(1, slots.cache().hits());
    slots.pdf("regisseur", xhtml.replace("Concept", "Anders"));
    assertEquals(2, slots.cache().misses(), "other content is another PDF");
  }
}
