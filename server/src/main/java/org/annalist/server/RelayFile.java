package org.annalist.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where a writing process answers queries: {@code relay.json} in the data directory, with the
 * loopback port, a random token that every request must carry, and the process id. Readable by its
 * owner only, so that only the user who writes the store can query it through the relay.
 *
 * @param port the loopback port
 * @param token the bearer token
 * @param pid the process that answers
 */
record RelayFile(int port, String token, long pid) {
  static final String NAME = "relay.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Writes the file (atomically, owner-only where the file system has POSIX permissions). */
  void write(Path dir) throws IOException {
    Path tmp = dir.resolve(NAME + ".tmp");
    Files.deleteIfExists(tmp);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.write(tmp, MAPPER.writeValueAsBytes(this));
    try {
      Files.move(
          tmp,
          dir.resolve(NAME),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The file of a live process, if there is one. */
  static Optional<RelayFile> read(Path dir) {
    Path file = dir.resolve(NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      RelayFile f = MAPPER.readValue(file.toFile(), RelayFile.class);
      boolean alive = ProcessHandle.of(f.pid()).map(ProcessHandle::isAlive).orElse(false);
      return alive && f.token() != null ? Optional.of(f) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Removes the file if it is this process's. */
  static void remove(Path dir, String token) {
    Path file = dir.resolve(NAME);
    try {
      RelayFile f = MAPPER.readValue(file.toFile(), RelayFile.class);
      if (token.equals(f.token())) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Gone already, or unreadable: a reader checks the process id and the token anyway.
    }
  }
}
