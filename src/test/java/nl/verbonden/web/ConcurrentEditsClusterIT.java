package nl.verbonden.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, no lost updates: pairs of edits of the same party, one through each server, both made
 * from the same version and submitted at the same moment. Each edit is either saved or refused as
 * stale (never both of a pair saved), and the party's history has exactly one line for every saved
 * edit, each starting from the value the previous one left.
 */
class ConcurrentEditsClusterIT {

  private static final String STALE = "Iemand anders heeft dit gegeven intussen gewijzigd.";
  private static final String SEAT = "partij:vestigingsplaats";
  private static final int PAIRS = Integer.getInteger("verbonden.cluster.pairs", 1000);
  private static final int WORKERS = 8;

  @BeforeAll
  static void cluster() {
    Cluster.start();
  }

  @Test
  void everyEditOfAThousandConcurrentPairsIsSavedOrRefusedAsStaleAndNoneIsLost() throws Exception {
    List<Long> parties = parties(WORKERS);
    Map<String, Boolean> outcome = new ConcurrentHashMap<>(); // value -> saved
    AtomicInteger pairsWithBothSaved = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS * 2);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        long party = parties.get(w);
        int worker = w;
        int pairs = PAIRS / WORKERS + (w < PAIRS % WORKERS ? 1 : 0);
        running.add(
            workers.submit(
                () -> {
                  FormClient a = new FormClient(Cluster.node(Cluster.A)).login(REGISSEUR);
                  FormClient b = new FormClient(Cluster.node(Cluster.B)).login(REGISSEUR);
                  for (int i = 0; i < pairs; i++) {
                    String valueA = "A-" + worker + "-" + i;
                    String valueB = "B-" + worker + "-" + i;
                    Map<String, String> formA = form(a, party);
                    Map<String, String> formB = form(b, party);
                    formA.put(SEAT, valueA);
                    formB.put(SEAT, valueB);
                    Future<Boolean> savedB = workers.submit(() -> save(b, formB, valueB));
                    boolean savedA = save(a, formA, valueA);
                    boolean bothSaved = savedA && savedB.get();
                    outcome.put(valueA, savedA);
                    outcome.put(valueB, savedB.get());
                    if (bothSaved) {
                      pairsWithBothSaved.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      workers.shutdownNow();
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    long saved = outcome.values().stream().filter(s -> s).count();
    System.out.printf(
        "CONCURRENT EDITS: %d pairs in %d s: %d edits saved, %d refused as stale%n",
        PAIRS, seconds, saved, outcome.size() - saved);

    assertEquals(2 * PAIRS, outcome.size(), "every edit has an outcome");
    assertEquals(0, pairsWithBothSaved.get(), "never both edits of a pair saved (a lost update)");
    assertTrue(saved >= PAIRS / 2, "most pairs save one edit: " + saved);

    Set<String> inHistory = new HashSet<>();
    try (Connection db = Cluster.database()) {
      for (long party : parties) {
        String previous = null;
        try (PreparedStatement q =
            db.prepareStatement(
                "SELECT old_value, new_value FROM party_change"
                    + " WHERE party_id = ? AND field_key = 'party.seat' ORDER BY id")) {
          q.setLong(1, party);
          try (ResultSet row = q.executeQuery()) {
            while (row.next()) {
              String newValue = row.getString(2);
              if (!outcome.containsKey(newValue)) {
                continue; // the party's history from before this test
              }
              if (previous != null) {
                assertEquals(previous, row.getString(1), "each change starts where the last ended");
              }
              previous = newValue;
              assertTrue(inHistory.add(newValue), "one history line per edit: " + newValue);
            }
          }
        }
      }
    }
    Set<String> savedValues = new HashSet<>();
    outcome.forEach(
        (value, s) -> {
          if (s) {
            savedValues.add(value);
          }
        });
    assertEquals(
        savedValues, inHistory, "the history accounts for every saved edit, and only those");
  }

  private static final String REGISSEUR = "regisseur.woudenberg";

  private static Map<String, String> form(FormClient client, long party) throws Exception {
    HttpResponse<String> page = client.get("register/party-edit.xhtml?id=" + party);
    assertEquals(200, page.statusCode(), page.body());
    Map<String, String> form = FormClient.fields(page.body(), "partij");
    form.put("partij:opslaan", "");
    return form;
  }

  /** Submits the form: true when saved (redirect to the party), false when refused as stale. */
  private static boolean save(FormClient client, Map<String, String> form, String value)
      throws Exception {
    HttpResponse<String> answer = client.post("register/party-edit.xhtml", form);
    if (answer.statusCode() == 302
        && answer.headers().firstValue("Location").orElse("").contains("party.xhtml")) {
      return true;
    }
    if (answer.statusCode() == 200 && answer.body().contains(STALE)) {
      return false;
    }
    throw new AssertionError(
        "edit "
            + value
            + " neither saved nor refused as stale: HTTP "
            + answer.statusCode()
            + " "
            + answer.headers().map()
            + " "
            + answer.body());
  }

  /** Parties of Woudenberg that no other cluster test edits. */
  private static List<Long> parties(int count) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (Connection db = Cluster.database();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT id FROM party WHERE tenant_code = 'GM0351'"
                    + " AND name <> 'Stichting Kringloop Woudenberg' ORDER BY id")) {
      try (ResultSet row = q.executeQuery()) {
        while (row.next() && ids.size() < count) {
          ids.add(row.getLong(1));
        }
      }
    }
    assertEquals(count, ids.size());
    return ids;
  }
}
