package nl.verbonden.web;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An in-memory directory shaped like the Active Directory of a shared-service centre (UnboundID
 * LDAP SDK), for the LDAP configuration of docs/deployment.md: users with {@code sAMAccountName},
 * {@code memberOf} and {@code userAccountControl}, groups with {@code member}, and a service
 * account to search with. Like Active Directory it refuses the password of a disabled account (bit
 * 2 of {@code userAccountControl}).
 */
final class Directory implements AutoCloseable {

  static final String BASE = "DC=ssc,DC=example,DC=nl";
  static final String BIND_DN = "CN=svc-verbonden,OU=Service accounts," + BASE;
  static final String BIND_PASSWORD = "directory-test-only";
  static final String PASSWORD = "verbonden";

  private static final int NORMAL_ACCOUNT = 512;
  private static final int ACCOUNT_DISABLED = 2;

  private final InMemoryDirectoryServer server;
  private final List<Entry> groups = new ArrayList<>();

  private Directory(int port) throws Exception {
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
    config.setSchema(null); // Active Directory's attributes, without its schema
    config.setListenerConfigs(
        InMemoryListenerConfig.createLDAPConfig(
            "ldap", InetAddress.getLoopbackAddress(), port, null));
    InMemoryDirectoryServer[] self = new InMemoryDirectoryServer[1];
    config.addInMemoryOperationInterceptor(
        new InMemoryOperationInterceptor() {
          @Override
          public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request)
              throws LDAPException {
            Entry user = self[0].getEntry(request.getRequest().getBindDN());
            Integer control =
                user == null ? null : user.getAttributeValueAsInteger("userAccountControl");
            if (control != null && (control & ACCOUNT_DISABLED) != 0) {
              // what Active Directory answers for a disabled account (data 533)
              throw new LDAPException(
                  ResultCode.INVALID_CREDENTIALS,
                  "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 533");
            }
          }
        });
    server = new InMemoryDirectoryServer(config);
    self[0] = server;
    server.add(
        new Entry(BASE, new Attribute("objectClass", "top", "domain"), new Attribute("dc", "ssc")));
    for (String ou : List.of("Users", "Groups", "Service accounts")) {
      server.add(
          new Entry(
              "OU=" + ou + "," + BASE,
              new Attribute("objectClass", "top", "organizationalUnit"),
              new Attribute("ou", ou)));
    }
    server.add(
        new Entry(
            BIND_DN,
            new Attribute("objectClass", "top", "person", "user"),
            new Attribute("cn", "svc-verbonden"),
            new Attribute("userPassword", BIND_PASSWORD)));
    server.startListening();
  }

  static Directory start(int port) throws Exception {
    return new Directory(port);
  }

  /** A group, named as mode-run.xml maps it onto a role. */
  Directory group(String name) throws LDAPException {
    Entry group =
        new Entry(
            groupDn(name),
            new Attribute("objectClass", "top", "group"),
            new Attribute("objectCategory", "group"),
            new Attribute("cn", name),
            new Attribute("objectGUID", guid()));
    groups.add(group);
    server.add(group);
    return this;
  }

  /** A user in these groups (memberOf on the user, member on each group, as AD keeps them). */
  Directory user(String login, boolean enabled, String... groupNames) throws LDAPException {
    String dn = "CN=" + login + ",OU=Users," + BASE;
    List<String> memberOf = new ArrayList<>();
    for (String g : groupNames) {
      memberOf.add(groupDn(g));
    }
    Entry user =
        new Entry(
            dn,
            new Attribute("objectClass", "top", "person", "organizationalPerson", "user"),
            new Attribute("objectCategory", "user"),
            new Attribute("cn", login),
            new Attribute("sAMAccountName", login),
            new Attribute("userPrincipalName", login + "@ssc.example.nl"),
            new Attribute("userPassword", PASSWORD),
            new Attribute(
                "userAccountControl",
                String.valueOf(NORMAL_ACCOUNT | (enabled ? 0 : ACCOUNT_DISABLED))),
            new Attribute("objectGUID", guid()));
    if (!memberOf.isEmpty()) {
      user.addAttribute("memberOf", memberOf.toArray(String[]::new));
    }
    server.add(user);
    for (String g : memberOf) {
      server.modify(
          g,
          new com.unboundid.ldap.sdk.Modification(
              com.unboundid.ldap.sdk.ModificationType.ADD, "member", dn));
    }
    return this;
  }

  private static String groupDn(String name) {
    return "CN=" + name + ",OU=Groups," + BASE;
  }

  private static byte[] guid() {
    UUID id = UUID.randomUUID();
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  @Override
  public void close() {
    server.shutDown(true);
  }
}
