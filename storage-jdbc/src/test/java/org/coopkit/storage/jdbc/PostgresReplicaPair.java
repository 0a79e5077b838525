package org.coopkit.storage.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL primary and a streaming replica of it, made from the server's own binaries in a
 * temporary directory, for one test class: {@link #start()} in {@code @BeforeAll}, {@link #close()}
 * in {@code @AfterAll}. The shared test server does not take replication connections, so the pair
 * is a cluster of its own: {@code initdb} with {@code wal_level=replica}, started with {@code
 * pg_ctl} on a free port of 127.0.0.1 (no Unix socket), then {@code pg_basebackup -R} of it started
 * on another free port as a hot standby. Both trust every local user; the database is {@code
 * postgres}, the user {@code postgres}.
 *
 * <p>The binaries are those of {@value #BINDIR_ENV} if set, else of {@code pg_config --bindir},
 * else of the newest {@code /usr/lib/postgresql/<version>/bin}. Without them the calling class is
 * skipped with one line saying so, unless {@value TestDatabases#REQUIRE_ENV} names {@code
 * postgresql}: then it fails, as the other PostgreSQL tests do (see {@link TestDatabases}). As
 * {@code initdb} and {@code postgres} refuse to run as root, a JVM running as root runs them as the
 * user {@code postgres} through {@code runuser}, in a directory that user owns.
 *
 * <p>Every wait is a poll with a deadline of minutes, never a fixed sleep: a busy machine makes the
 * test slower, not red.
 */
final class PostgresReplicaPair implements AutoCloseable {
  /** The environment variable naming the folder of the PostgreSQL server binaries. */
  static final String BINDIR_ENV = "COOPKIT_POSTGRESQL_BINDIR";

  /** The binaries the pair runs. */
  private static final List<String> BINARIES = List.of("initdb", "pg_ctl", "pg_basebackup");

  /** The user that runs the binaries when the JVM runs as root. */
  private static final String SERVER_USER = "postgres";

  /** How long a server may take to start, stop or catch up on a busy machine. */
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private final Path binaries;
  private final Path directory;
  private final boolean asServerUser;
  private final List<Path> running = new ArrayList<>();
  private int primaryPort;
  private int replicaPort;

  private PostgresReplicaPair(Path binaries, Path directory, boolean asServerUser) {
    this.binaries = binaries;
    this.directory = directory;
    this.asServerUser = asServerUser;
  }

  /**
   * Makes and starts the pair, and returns once the replica answers as a hot standby.
   *
   * @throws org.opentest4j.TestAbortedException if the binaries are absent and not required
   * @throws AssertionError if they are absent and {@value TestDatabases#REQUIRE_ENV} names {@code
   *     postgresql}
   */
  static PostgresReplicaPair start() throws IOException, InterruptedException {
    Path binaries = binariesOrSkip();
    boolean root = isRoot();
    Path directory = Files.createTempDirectory("coopkit-replica-");
    if (root) {
      Files.setOwner(
          directory,
          directory
              .getFileSystem()
              .getUserPrincipalLookupService()
              .lookupPrincipalByName(SERVER_USER));
    }
    PostgresReplicaPair pair = new PostgresReplicaPair(binaries, directory, root);
    try {
      pair.startPrimary();
      pair.startReplica();
      return pair;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      pair.close();
      throw e;
    }
  }

  /** The JDBC URL of the primary, which takes writes. */
  String primaryUrl() {
    return url(primaryPort);
  }

  /** The JDBC URL of the replica, which takes reads only. */
  String replicaUrl() {
    return url(replicaPort);
  }

  /** The user both servers trust. */
  String user() {
    return SERVER_USER;
  }

  /**
   * Returns once the replica has replayed everything the primary had written when this was called
   * ({@code pg_last_wal_replay_lsn()} on the replica reaches the primary's {@code
   * pg_current_wal_lsn()}).
   */
  void awaitReplay() {
    String position = queryPrimary("SELECT pg_current_wal_lsn()::text");
    awaitTrue(
        "the replica to replay the primary's WAL up to " + position,
        () -> "t".equals(queryReplica("SELECT pg_last_wal_replay_lsn() >= '" + position + "'")));
  }

  /**
   * Stops the replica's replay (it keeps answering reads, on what it replayed so far) until {@link
   * #resumeReplay()}: to make it lag behind the primary for as long as a test needs.
   */
  void pauseReplay() {
    queryReplica("SELECT pg_wal_replay_pause()");
    awaitTrue(
        "the replica's replay to pause",
        () -> "paused".equals(queryReplica("SELECT pg_get_wal_replay_pause_state()")));
  }

  /** Lets the replica replay again after {@link #pauseReplay()}. */
  void resumeReplay() {
    queryReplica("SELECT pg_wal_replay_resume()");
  }

  /** Runs one query on the primary and returns the first column of its first row as text. */
  String queryPrimary(String sql) {
    return query(primaryUrl(), sql);
  }

  /** Runs one query on the replica and returns the first column of its first row as text. */
  String queryReplica(String sql) {
    return query(replicaUrl(), sql);
  }

  /** Stops both servers at once (no checkpoint: the files go next) and deletes the directory. */
  @Override
  public void close() {
    List<Throwable> failures = new ArrayList<>();
    // The replica first, so that it does not try to reconnect to a primary gone.
    for (int i = running.size() - 1; i >= 0; i--) {
      Path data = running.get(i);
      try {
        run("pg_ctl", "stop", "-D", data.toString(), "-m", "immediate", "-w");
      } catch (IOException | InterruptedException | RuntimeException e) {
        failures.add(e);
      }
    }
    running.clear();
    try {
      delete(directory);
    } catch (IOException | UncheckedIOException e) {
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("Could not stop or delete " + directory);
      failures.forEach(error::addSuppressed);
      throw error;
    }
  }

  private void startPrimary() throws IOException, InterruptedException {
    Path data = directory.resolve("primary");
    run(
        "initdb",
        "-D",
        data.toString(),
        "-U",
        SERVER_USER,
        "--auth=trust",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync");
    // initdb lets local replication in already on most versions; saying it keeps it so on all.
    Files.writeString(
        data.resolve("pg_hba.conf"),
        "\nhost replication all 127.0.0.1/32 trust\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    primaryPort = freePort();
    startServer(data, primaryPort, "-c wal_level=replica -c max_wal_senders=4");
  }

  private void startReplica() throws IOException, InterruptedException {
    Path data = directory.resolve("replica");
    run(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(primaryPort),
        "-U",
        SERVER_USER,
        "-D",
        data.toString(),
        "-R",
        "-X",
        "stream",
        "--no-sync");
    replicaPort = freePort();
    startServer(data, replicaPort, "-c hot_standby=on");
    awaitTrue(
        "the replica to answer as a hot standby",
        () -> {
          try {
            return "t".equals(queryReplica("SELECT pg_is_in_recovery()"));
          } catch (IllegalStateException notYet) {
            return false;
          }
        });
  }

  private void startServer(Path data, int port, String settings)
      throws IOException, InterruptedException {
    String options =
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
            + settings;
    running.add(data);
    run(
        "pg_ctl",
        "start",
        "-D",
        data.toString(),
        "-l",
        directory.resolve(data.getFileName() + ".log").toString(),
        "-w",
        "-t",
        Long.toString(PATIENCE.toSeconds()),
        "-o",
        options);
  }

  /** Runs one of the binaries (as the server user, when root) and fails on a non-zero exit. */
  private void run(String binary, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asServerUser) {
      command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
    }
    command.add(binaries.resolve(binary).toString());
    command.addAll(List.of(arguments));
    // Output to a file, not a pipe: pg_ctl leaves a server running that must not hold our pipe.
    Path output = Files.createTempFile("coopkit-replica-" + binary + "-", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            binary + " did not finish within " + PATIENCE + ": " + read(output));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            binary + " exited with " + process.exitValue() + ": " + read(output) + serverLogs());
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** The servers' logs, for a failure message. */
  private String serverLogs() throws IOException {
    StringBuilder logs = new StringBuilder();
    for (String name : List.of("primary.log", "replica.log")) {
      Path log = directory.resolve(name);
      if (Files.exists(log)) {
        logs.append("\n--- ").append(name).append(" ---\n").append(read(log));
      }
    }
    return logs.toString();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  private String query(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, SERVER_USER, "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new IllegalStateException("No row from " + sql);
      }
      return String.valueOf(rows.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not run " + sql + " on " + url, e);
    }
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + PATIENCE + " for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for " + what, e);
      }
    }
  }

  private static String url(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** A port nothing listens on now; the server takes it a moment later. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    if ("root".equals(System.getProperty("user.name"))) {
      return true;
    }
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return id.waitFor() == 0 && uid.equals("0");
  }

  /**
   * The folder of the server binaries, or a skip (a failure, when required) saying none was found.
   */
  private static Path binariesOrSkip() throws InterruptedException {
    String override = System.getenv(BINDIR_ENV);
    Optional<Path> found;
    String searched;
    if (override != null && !override.isBlank()) {
      found = Optional.of(Path.of(override.strip())).filter(PostgresReplicaPair::hasBinaries);
      searched = BINDIR_ENV + "=" + override.strip();
    } else {
      found = fromPgConfig().or(PostgresReplicaPair::newestInstalled);
      searched = "pg_config --bindir and /usr/lib/postgresql/*/bin";
    }
    if (found.isPresent()) {
      return found.get();
    }
    String problem =
        "PostgreSQL server binaries ("
            + String.join(", ", BINARIES)
            + ") not found in "
            + searched
            + "; the streaming replica tests need them";
    if (TestDatabases.parseRequired(System.getenv(TestDatabases.REQUIRE_ENV))
        .contains(Database.POSTGRESQL)) {
      throw new AssertionError(
          problem
              + ", and "
              + TestDatabases.REQUIRE_ENV
              + " names postgresql: install the server or set "
              + BINDIR_ENV);
    }
    System.err.println("[coopkit-test] " + problem + ": skipped");
    Assumptions.abort(problem);
    throw new AssertionError("unreachable");
  }

  private static Optional<Path> fromPgConfig() throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0 || out.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Path.of(out)).filter(PostgresReplicaPair::hasBinaries);
    } catch (IOException notInstalled) {
      return Optional.empty();
    }
  }

  /** The newest {@code /usr/lib/postgresql/<version>/bin} that holds the binaries. */
  private static Optional<Path> newestInstalled() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    List<Path> versions = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      entries.forEach(versions::add);
    } catch (IOException e) {
      return Optional.empty();
    }
    return versions.stream()
        .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
        .map(v -> v.resolve("bin"))
        .filter(PostgresReplicaPair::hasBinaries);
  }

  private static boolean hasBinaries(Path folder) {
    return BINARIES.stream().allMatch(b -> Files.isExecutable(folder.resolve(b)));
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @Override
  public String toString() {
    return "PostgresReplicaPair[primary on port "
        + primaryPort
        + ", replica on port "
        + replicaPort
        + "]";
  }
}
