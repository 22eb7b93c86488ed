package nl.verbonden.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements EclipseLink sends while a piece of code runs: a session event listener
 * ({@code preExecuteCall}, raised once per statement) on the persistence unit's server session.
 * Liberty keeps EclipseLink's own API out of the application's class path (it is "third-party"
 * API), so the listener is a proxy of EclipseLink's interface made with EclipseLink's class loader,
 * reached by reflection. Only for tests that run nothing else at the same time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SqlStatements {

  private static final String LISTENER = "org.eclipse.persistence.sessions.SessionEventListener";

  @PersistenceContext private EntityManager em;

  /** The number of statements {@code work} sent, and its result. */
  public <T> Counted<T> count(Callable<T> work) throws Exception {
    Object session = serverSession();
    Object events = session.getClass().getMethod("getEventManager").invoke(session);
    Class<?> listenerType = Class.forName(LISTENER, false, session.getClass().getClassLoader());
    AtomicInteger statements = new AtomicInteger();
    java.util.List<String> texts =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    InvocationHandler handler =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "preExecuteCall" -> {
              statements.incrementAndGet();
              texts.add(sqlOf(args[0]));
            }
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            case "equals" -> {
              return proxy == args[0];
            }
            case "toString" -> {
              return "SqlStatements listener";
            }
            default -> {
              // every other event is of no interest
            }
          }
          return null;
        };
    Object listener =
        Proxy.newProxyInstance(
            listenerType.getClassLoader(), new Class<?>[] {listenerType}, handler);
    Method add = events.getClass().getMethod("addListener", listenerType);
    Method remove = events.getClass().getMethod("removeListener", listenerType);
    add.invoke(events, listener);
    try {
      T result = work.call();
      return new Counted<>(statements.get(), result, java.util.List.copyOf(texts));
    } finally {
      remove.invoke(events, listener);
    }
  }

  private Object serverSession() throws ReflectiveOperationException {
    Object delegate = em.getDelegate();
    for (String name : new String[] {"getServerSession", "getDatabaseSession", "getSession"}) {
      try {
        return delegate.getClass().getMethod(name).invoke(delegate);
      } catch (NoSuchMethodException tryNext) {
        // the next name
      }
    }
    throw new IllegalStateException("No EclipseLink session behind " + delegate.getClass());
  }

  /** A count of statements and what the counted work returned. */
  /** The statements' SQL, for a failing test's message (the call's text, else its description). */
  private static String sqlOf(Object event) {
    try {
      Object call = event.getClass().getMethod("getCall").invoke(event);
      try {
        return String.valueOf(call.getClass().getMethod("getSQLString").invoke(call));
      } catch (NoSuchMethodException notSql) {
        return String.valueOf(call);
      }
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      return String.valueOf(event);
    }
  }

  /** How many statements, the work's result, and the statements' SQL. */
  public record Counted<T>(int statements, T result, java.util.List<String> sql) {}
}
